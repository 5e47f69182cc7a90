namespace Pmo.Api.Forms;

/// <summary>What a link page shows when its link cannot be used: a plain message, never the reason (it is logged instead).</summary>
public static class LinkPages
{
    /// <summary>The page for a refused link or a vanished request, or null when <paramref name="ex"/> is something else.</summary>
    public static IResult? ForError(Exception ex, Language language)
    {
        var t = FormTexts.For(language);
        var lang = PageLanguage.Code(language);
        return ex switch
        {
            LinkRefusedException { Reason: LinkRefusal.Closed } => Message(lang, t.LinkUnusable, t.LinkClosed, StatusCodes.Status410Gone),
            LinkRefusedException { Reason: LinkRefusal.Expired } => Message(lang, t.LinkUnusable, t.LinkInvalid, StatusCodes.Status410Gone),
            LinkRefusedException => Message(lang, t.LinkUnusable, t.LinkInvalid, StatusCodes.Status403Forbidden),
            NotFoundException => Message(lang, t.LinkUnusable, t.NotFound, StatusCodes.Status404NotFound),
            _ => null,
        };
    }

    public static IResult Message(string lang, string title, string message, int status) =>
        Layout.Page(lang, title, new HtmlWriter().Tag("h1", title).Raw("<p role=\"alert\">").Text(message).Raw("</p>").ToString(), status, detail: message);

    /// <summary>Reads a posted form within the API's body limit; null with an error page when it is not a form.</summary>
    public static async Task<(IFormCollection? Form, IResult? Error)> ReadFormAsync(HttpRequest request, int maxBytes, string lang)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return (null, Message(lang, "Unsupported media type", "Send the form as application/x-www-form-urlencoded.", StatusCodes.Status415UnsupportedMediaType));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(lang));
        }

        try
        {
            return (await request.ReadFormAsync(request.HttpContext.RequestAborted), null);
        }
        catch (BadHttpRequestException ex)
        {
            // The server's own checks while reading: past its body limit (413) or a malformed chunked body.
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(lang) : Message(lang, "Bad request", "The form could not be read.", ex.StatusCode));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // The form reader refuses what it cannot parse (a NUL, a multipart body without or with a bad boundary,
            // too many fields) and a multipart body that ends early: the client's mistake, so 400 rather than 413 or 500.
            return (null, Message(lang, "Bad request", "The form could not be read.", StatusCodes.Status400BadRequest));
        }
    }

    private static IResult TooLarge(string lang) => Message(lang, "Too large", "The form is too large.", StatusCodes.Status413PayloadTooLarge);
}
