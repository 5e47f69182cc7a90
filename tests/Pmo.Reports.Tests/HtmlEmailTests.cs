using System.Text;
using AngleSharp.Html.Parser;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

public class HtmlEmailTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_cid_reference_matches_an_inline_png_and_every_image_is_used()
    {
        var email = Packs.Render().Email;
        var document = Parser.ParseDocument(email.Html);

        var cids = document.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.All(cids, src => Assert.StartsWith("cid:", src, StringComparison.Ordinal));
        Assert.Equal(
            email.InlineImages.Select(i => i.ContentId).Order(StringComparer.Ordinal),
            cids.Select(c => c["cid:".Length..]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(email.InlineImages, i => Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, i.Png[..4]));
    }

    [Fact]
    public void Standalone_html_embeds_every_chart_as_a_data_uri_and_keeps_no_cid_reference()
    {
        var email = Packs.Render().Email;

        var standalone = email.StandaloneHtml();

        Assert.DoesNotContain("cid:", standalone, StringComparison.OrdinalIgnoreCase);
        var sources = Parser.ParseDocument(standalone).QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.Equal(Parser.ParseDocument(email.Html).QuerySelectorAll("img").Length, sources.Count);
        Assert.NotEmpty(sources);
        const string Prefix = "data:image/png;base64,";
        Assert.All(sources, src => Assert.StartsWith(Prefix, src, StringComparison.Ordinal));
        Assert.Equal(
            email.InlineImages.Select(i => Convert.ToBase64String(i.Png)).Order(StringComparer.Ordinal),
            sources.Select(src => src[Prefix.Length..]).Distinct().Order(StringComparer.Ordinal));

        // Everything else is the e-mail's HTML, which keeps its cid: references for the inline parts.
        Assert.Contains("src=\"cid:", email.Html, StringComparison.Ordinal);
        Assert.Equal(Parser.ParseDocument(email.Html).Body!.TextContent, Parser.ParseDocument(standalone).Body!.TextContent);
    }

    [Fact]
    public void Hostile_project_names_are_text_not_markup()
    {
        var email = Packs.Render().Email;
        var document = Parser.ParseDocument(email.Html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Packs.ScriptName, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Packs.FormulaName, document.Body.TextContent, StringComparison.Ordinal);
        Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Summary_shows_kpis_with_last_month_and_the_red_projects_first()
    {
        var pack = Packs.Render();
        var document = Parser.ParseDocument(pack.Email.Html);
        var text = document.Body!.TextContent;

        Assert.Contains("Executive summary", text, StringComparison.Ordinal);
        Assert.Contains("Weekly update compliance", text, StringComparison.Ordinal);
        Assert.Contains("Last month", text, StringComparison.Ordinal);
        Assert.Contains("Exceptions", text, StringComparison.Ordinal);
        Assert.Contains("Decisions taken this month", text, StringComparison.Ordinal);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("October 2026", pack.Email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void French_email_has_french_headings_with_accents()
    {
        var email = Packs.Render(language: Language.Fr).Email;
        var document = Parser.ParseDocument(email.Html);
        var text = document.Body!.TextContent;

        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Synthèse", text, StringComparison.Ordinal);
        Assert.Contains("Points d'attention", text, StringComparison.Ordinal);
        Assert.Contains("Décisions prises ce mois-ci", text, StringComparison.Ordinal);
        Assert.Contains("Octobre 2026", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_projects_stay_under_100_KB_with_the_rest_pointed_to_the_pdf()
    {
        var input = SyntheticPortfolio.Generate(10_000, weeks: 5);
        var email = new ReviewPackRenderer().RenderEmail(input);

        var size = Encoding.UTF8.GetByteCount(email.Html);
        Assert.True(size < 100 * 1024, $"HTML is {size} bytes.");
        var document = Parser.ParseDocument(email.Html);
        Assert.Contains("more in the PDF pack", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
