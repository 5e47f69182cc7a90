namespace Pmo.Api.Html;

/// <summary>
/// The page shell: language, viewport, one inline stylesheet (responsive, readable, visible focus) and headers that
/// keep signed links private (no referrer, no caching, no framing, no scripts).
/// </summary>
public static class Layout
{
    private const string Css = """
        :root{--ink:#1b1f23;--muted:#57606a;--line:#d0d7de;--accent:#0b5cad;--green:#1a7f37;--amber:#9a6700;--red:#cf222e}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#f6f8fa}
        main{max-width:860px;margin:0 auto;padding:1rem 1.25rem 3rem;background:#fff;min-height:100vh}
        main.wide{max-width:1200px}
        h1{font-size:1.6rem;margin:.5rem 0 1rem} h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
        p.lead{color:var(--muted)} .deadline{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .75rem;border-radius:6px}
        label{display:block;font-weight:600;margin:.9rem 0 .25rem}
        input[type=text],input[type=number],input[type=date],input[type=password],textarea,select{width:100%;padding:.5rem;border:1px solid var(--line);border-radius:6px;font:inherit}
        textarea{min-height:5rem} fieldset{border:1px solid var(--line);border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
        legend{font-weight:600;padding:0 .25rem} fieldset label{display:inline-block;font-weight:400;margin:.25rem 1.25rem .25rem 0}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:0 1rem}
        button{margin-top:1.25rem;padding:.7rem 1.4rem;font:inherit;font-weight:600;color:#fff;background:var(--accent);border:0;border-radius:6px;cursor:pointer}
        :focus-visible{outline:3px solid #f0b400;outline-offset:2px}
        .errors{border:2px solid var(--red);background:#ffebe9;padding:.5rem 1rem;border-radius:6px} .field-error{color:var(--red);font-weight:600;margin:.2rem 0}
        .ok{border:2px solid var(--green);background:#dafbe1;padding:1rem;border-radius:6px}
        table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
        .rag{display:inline-block;min-width:4.5rem;text-align:center;padding:.1rem .5rem;border-radius:1rem;color:#fff;font-weight:600;font-size:.85rem}
        .rag-Green{background:var(--green)} .rag-Amber{background:var(--amber)} .rag-Red{background:var(--red)} .rag-None{background:var(--muted)}
        .tiles{margin-bottom:1rem;display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:.75rem} .tile{border:1px solid var(--line);border-radius:8px;padding:.75rem}
        .tile b{display:block;font-size:1.6rem} nav a{margin-right:1rem;display:inline-block} .muted{color:var(--muted)}
        .num{text-align:right;white-space:nowrap} td.over{background:#ffebe9;box-shadow:inset 3px 0 var(--red)} td small{display:block;color:var(--red);font-weight:600}
        .scroll{overflow-x:auto} table.narrow{width:auto;min-width:20rem}
        iframe{width:100%;min-height:420px;border:1px solid var(--line)}
        @media (max-width:600px){main{padding:.75rem} th,td{padding:.3rem} .hide-narrow{display:none}}
        """;

    /// <summary>
    /// The page. An error page (4xx) goes to browsers, which ask for HTML; any other client gets the error as
    /// problem+json like the rest of the API, with <paramref name="detail"/> (or the title) as its detail.
    /// </summary>
    public static IResult Page(string lang, string title, string body, int status = StatusCodes.Status200OK, bool wide = false, string? detail = null)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(HtmlWriter.Attr(lang)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"><title>").Append(HtmlWriter.Attr(title)).Append("</title><style>")
            .Append(Css).Append("</style></head><body><main").Append(wide ? " class=\"wide\"" : "").Append('>')
            .Append(body).Append("</main></body></html>")
            .ToString();
        return new PageResult(html, status, detail ?? title);
    }

    /// <summary>Browsers list text/html (or XHTML) in Accept for every page they open and every form they post.</summary>
    public static bool AcceptsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Accept.Any(v => v is not null &&
            (v.Contains("text/html", StringComparison.OrdinalIgnoreCase) || v.Contains("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)));
    }

    private sealed class PageResult(string html, int status, string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            headers.CacheControl = "no-store";
            if (status >= StatusCodes.Status400BadRequest)
            {
                headers.Vary = "Accept";
                if (!AcceptsHtml(httpContext.Request))
                {
                    return ProblemMapper.ForStatus(status, detail).ExecuteAsync(httpContext);
                }
            }

            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Frame-Options"] = "DENY";
            headers["X-Content-Type-Options"] = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'";
            return Results.Content(html, "text/html; charset=utf-8", statusCode: status).ExecuteAsync(httpContext);
        }
    }
}
