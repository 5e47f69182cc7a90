using System.Text.RegularExpressions;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

/// <summary>The PDF read back as a reader sees it, through poppler's pdftotext.</summary>
public partial class PdfPackTests
{
    [Fact]
    public void English_pack_has_every_section_and_numbered_pages()
    {
        var pack = Packs.Render();
        var text = Poppler.PdfToText(pack.Pdf);
        var pages = Poppler.PageCount(text);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pack.Pdf, 0, 5), StringComparison.Ordinal);
        foreach (var heading in new[]
        {
            "Monthly portfolio review", "October 2026", "Executive summary", "RAG status of active projects", "Exceptions",
            "Risk heat map", "Top risks", "Open issues by severity", "Escalations and decisions needed", "Decisions taken this month",
            "Weekly update compliance", "Prioritised portfolio ranking", "Budget overview by portfolio",
        })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains($"Page 1 / {pages}", text, StringComparison.Ordinal);
        Assert.Contains($"Page {pages} / {pages}", text, StringComparison.Ordinal);
        Assert.Equal("review-pack-2026-10.pdf", pack.PdfFileName);
    }

    [Fact]
    public void Rag_table_lists_every_active_project_and_repeats_its_header_on_each_page()
    {
        var input = Packs.Hostile(projects: 120);
        var pack = Packs.Render(projects: 120);
        var active = input.Projects.Where(p => p.IsActive).Select(p => p.Id).ToList();
        var text = Poppler.PdfToText(pack.Pdf);

        Assert.All(active, id => Assert.Contains(id, text, StringComparison.Ordinal));

        // The RAG table starts on page 4 (cover, summary, charts) and spans several pages: each one has the header.
        var tablePages = Enumerable.Range(4, 20)
            .Select(p => Poppler.PdfToText(pack.Pdf, p, p))
            .TakeWhile(page => page.Contains("PRJ-", StringComparison.Ordinal) && !page.Contains("Exceptions", StringComparison.Ordinal))
            .ToList();
        Assert.True(tablePages.Count >= 3, $"RAG table spans {tablePages.Count} pages.");
        Assert.All(tablePages, page =>
        {
            Assert.Contains("Project manager", page, StringComparison.Ordinal);
            Assert.Contains("Budget var.", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Hostile_names_print_as_plain_text()
    {
        var text = Poppler.PdfToText(Packs.Render().Pdf);

        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(\"http://x\",\"y\")", text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_pack_has_french_headings_with_accents()
    {
        var text = Poppler.PdfToText(Packs.Render(language: Language.Fr).Pdf);

        foreach (var heading in new[]
        {
            "Revue mensuelle du portefeuille de projets", "Octobre 2026", "Synthèse", "Météo des projets actifs", "Points d'attention",
            "Cartographie des risques", "Problèmes ouverts par gravité", "Escalades et décisions attendues", "Décisions prises ce mois-ci",
            "Priorisation du portefeuille", "Synthèse budgétaire par portefeuille", "Écart budgétaire", "Généré le",
        })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        // French number format: decimal comma and a space before the percent sign (no-break in the PDF; pdftotext may print it plain).
        Assert.Matches(PercentFr(), text);
    }

    [Fact]
    public void Exceptions_show_difficulties_and_help_needed_of_red_projects()
    {
        var input = Packs.Hostile();
        var text = Poppler.PdfToText(Packs.Render().Pdf);
        var exceptions = text[text.IndexOf("Red and amber projects", StringComparison.Ordinal)..];

        Assert.Contains("PRJ-00003", exceptions, StringComparison.Ordinal);
        Assert.Contains("@SUM(1+1)", exceptions, StringComparison.Ordinal);
        Assert.Contains(input.Kpis.Red.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_shipped_font_is_used_and_it_is_embedded()
    {
        var fonts = Poppler.PdfFonts(Packs.Render().Pdf)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2) // header and rule
            .ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, line =>
        {
            Assert.Contains("DejaVuSansCondensed", line, StringComparison.Ordinal);
            Assert.Matches(@"\syes\s+yes\s+yes\s", line); // embedded, subset, with a Unicode map (text extractable)
        });
    }

    [Theory]
    [InlineData(Language.En, "Generated on 2 November 2026, 06:00 UTC", "Oct 2026")]
    [InlineData(Language.Fr, "Généré le 2 novembre 2026, 06:00 UTC", "oct. 2026")]
    public void The_generation_instant_and_the_dates_name_the_month_so_no_reader_mistakes_the_day_for_the_month(
        Language language, string generated, string monthInWords)
    {
        var pack = Packs.Render(language: language);
        var text = Poppler.PdfToText(pack.Pdf).Replace('\u00A0', ' ');

        // Every page's footer (was "Generated on 02/11/2026 06:00 UTC": 2 November or 11 February?), and the e-mail.
        Assert.Equal(Poppler.PageCount(text), Regex.Count(text, Regex.Escape(generated)));
        Assert.Contains(generated, System.Net.WebUtility.HtmlDecode(pack.Email.Html).Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b\d{2}/\d{2}/\d{4}\b", text);

        // Table dates (decisions taken in October) too, whole: "12 Oct 2026" / "12 oct. 2026", never cut short.
        var decisions = text[text.LastIndexOf(language == Language.Fr ? "Décisions prises ce mois-ci" : "Decisions taken this month", StringComparison.Ordinal)..];
        Assert.Matches($@"\b\d{{1,2}} {Regex.Escape(monthInWords)}\b", decisions);
        Assert.DoesNotContain("…", decisions[..decisions.IndexOf('\f', StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d+,\d[\u00A0 ]%")]
    private static partial Regex PercentFr();
}
