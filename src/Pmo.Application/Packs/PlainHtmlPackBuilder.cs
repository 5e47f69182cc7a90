using System.Net;

namespace Pmo.Application.Packs;

/// <summary>A minimal pack: KPIs and the RAG table as plain HTML, no attachments. For tests and as a fallback.</summary>
public sealed class PlainHtmlPackBuilder : IReviewPackBuilder
{
    public BuiltPack Build(ReviewPackInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fr = input.Language == Language.Fr;
        var culture = CultureInfo.GetCultureInfo(fr ? "fr-FR" : "en-GB");
        var k = input.Kpis;
        var sb = new StringBuilder();
        sb.Append("<h2 style=\"font-family:Arial,sans-serif;\">").Append(E(fr ? $"Revue de portefeuille {input.Month}" : $"Portfolio review {input.Month}")).Append("</h2>");
        sb.Append("<p style=\"font-family:Arial,sans-serif;\">")
          .Append(E(string.Create(culture, $"{k.ActiveProjects} | G {k.Green} · A {k.Amber} · R {k.Red} | {k.UpdateCompliance:P0}")))
          .Append("</p><table cellpadding=\"4\" style=\"border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px;\">");
        foreach (var p in input.Projects.Where(p => p.IsActive).OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            sb.Append("<tr><td style=\"border:1px solid #ccc;\">").Append(E(p.Id)).Append("</td><td style=\"border:1px solid #ccc;\">")
              .Append(E(p.Name)).Append("</td><td style=\"border:1px solid #ccc;\">").Append(E(p.LatestRag?.ToString() ?? "–")).Append("</td></tr>");
        }

        sb.Append("</table>");
        return new BuiltPack(sb.ToString(), []);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
