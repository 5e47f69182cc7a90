namespace Pmo.Api.Html;

/// <summary>The language of a page: <c>?lang=fr|en</c> when given, else the recipient's language.</summary>
public static class PageLanguage
{
    public static Language Pick(HttpRequest request, Language recipient)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query["lang"].ToString().ToLowerInvariant() switch
        {
            "fr" => Language.Fr,
            "en" => Language.En,
            _ => recipient,
        };
    }

    public static string Code(Language language) => language == Language.Fr ? "fr" : "en";

    /// <summary>What a link to another page appends to keep the page's language <paramref name="lang"/>: nothing for English, the default.</summary>
    public static string KeepQuery(string lang) => lang == "en" ? "" : "?lang=" + lang;
}
