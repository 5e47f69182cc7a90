using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pmo.Api.Html;

/// <summary>
/// Builds a page as a string. Text and attribute values always go through <see cref="HtmlEncoder"/>: user input
/// (project names, comments, e-mail subjects) can never become markup.
/// </summary>
public sealed class HtmlWriter
{
    /// <summary>Markup characters are always encoded; letters of every script stay readable (French accents).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    /// <summary>Appends trusted markup written in this assembly (never user input).</summary>
    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _html.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    /// <summary>An element with encoded text content: Tag("td", name).</summary>
    public HtmlWriter Tag(string tag, string? text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(Attr(cssClass)).Append('"');
        }

        _html.Append('>');
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public static string Attr(string? value) => Encoder.Encode(value ?? "");

    public static string Attr(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public override string ToString() => _html.ToString();
}
