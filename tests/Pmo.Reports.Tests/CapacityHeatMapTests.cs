using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Validation;
using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;
using SkiaSharp;

namespace Pmo.Reports.Tests;

/// <summary>
/// The capacity heat map of the monthly review pack: people × the next 6 months, each cell coloured by load (≤ 80 %
/// green, ≤ 100 % amber, > 100 % red) with its percent, a legend and the over-allocated person-months; absent without data.
/// </summary>
public sealed class CapacityHeatMapTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly Lock Gate = new();
    private static readonly Dictionary<Language, RenderedPack> Rendered = [];

    /// <summary>November 2026 to April 2027: the 6 months after the reviewed October.</summary>
    private static IReadOnlyList<YearMonth> Months => [.. Enumerable.Range(1, 6).Select(i => YearMonth.Of(SyntheticPortfolio.Month.FirstDay.AddMonths(i)))];

    [Fact]
    public void Without_capacity_data_the_pack_has_no_heat_map()
    {
        var pack = Packs.Render();

        Assert.DoesNotContain("Capacity heat map", Poppler.PdfToText(pack.Pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("Capacity heat map", pack.Email.Html, StringComparison.Ordinal);
        using var document = Workbooks.Open(pack.Xlsx);
        Assert.DoesNotContain("Capacity", Workbooks.SheetNames(document));
    }

    [Fact]
    public void Email_cells_show_the_load_percent_on_the_colour_of_its_band_with_a_legend()
    {
        var document = Parser.ParseDocument(Render().Email.Html);
        var rows = document.QuerySelectorAll("table:not([role]) tr")
            .Select(tr => tr.QuerySelectorAll("td").ToList())
            .Where(cells => cells.Count == 7)
            .ToDictionary(cells => cells[0].TextContent, cells => cells.Skip(1).ToList());

        Assert.Contains("Capacity heat map", document.Body!.TextContent, StringComparison.Ordinal);
        AssertCells(rows["Alice Comfortable"], "50%", "#2E7D32");
        AssertCells(rows["Bruno Full"], "90%", "#F9A825");
        AssertCells(rows["Chloé Over"], "120%", "#C62828");
        AssertCells(rows["Dan Inactive"], "–", "#E0E0E0");
        // The most loaded first: the e-mail may be cut, the problems are never the part cut off.
        Assert.Equal("Chloé Over", rows.Keys.First());
        var legend = document.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Contains("up to 80%", legend);
        Assert.Contains("80 to 100%", legend);
        Assert.Contains("over 100%", legend);
    }

    [Fact]
    public void Over_allocated_person_months_are_listed_under_the_map()
    {
        var document = Parser.ParseDocument(Render().Email.Html);
        var heading = document.QuerySelectorAll("h3").Single(h => h.TextContent == "Over-allocated person-months");
        var rows = heading.NextElementSibling!.QuerySelectorAll("tr").Skip(1)
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Replace('\u00A0', ' ')).ToList())
            .ToList();
        var pdf = Poppler.PdfToText(Render().Pdf);

        Assert.Equal(
            Months.Select(m => new List<string> { "Chloé Over", m.FirstDay.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), "20", "24", "120%" }),
            rows);
        Assert.Contains("Over-allocated person-months", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_has_the_heat_map_section_with_percents_and_its_colours_on_the_page()
    {
        var pack = Render();
        var pages = Poppler.PdfToText(pack.Pdf).Split('\f');
        var page = Array.FindIndex(pages, p => p.Contains("Capacity heat map", StringComparison.Ordinal)) + 1;
        var text = pages[page - 1].Replace('\u00A0', ' ');

        Assert.True(page > 1, "the heat map section is in the PDF");
        foreach (var expected in new[] { "Person", "Nov 2026", "Apr 2027", "Alice Comfortable", "50%", "90%", "120%", "Legend", "up to 80%", "no capacity" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        using var image = Poppler.PageImage(pack.Pdf, page);
        Assert.True(Pixels(image, SKColor.Parse("#2E7D32")) > 200, "green cells");
        Assert.True(Pixels(image, SKColor.Parse("#F9A825")) > 200, "amber cells");
        Assert.True(Pixels(image, SKColor.Parse("#C62828")) > 200, "red cells");
    }

    [Theory]
    [InlineData(Language.En, "50%", "120%", "0%")]
    [InlineData(Language.Fr, "50\u202F%", "120\u202F%", "0\"\u202F\"%")]
    public void Every_format_writes_the_load_the_same_way_in_its_language(Language language, string comfortable, string over, string workbookFormat)
    {
        var pack = Render(language);
        var pdf = Poppler.PdfToText(pack.Pdf);
        var html = Parser.ParseDocument(pack.Email.Html);
        var cells = html.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        var words = html.Body!.TextContent + pdf;
        using var document = Workbooks.Open(pack.Xlsx);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var load = stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt(9).NumberFormatId!.Value;

        Assert.Contains(comfortable, cells);
        Assert.Contains(over, cells);
        // The PDF draws U+202F's narrow glyph (looked at as a PNG); pdftotext gives it back as an ordinary space.
        Assert.Contains(comfortable.Replace('\u202F', ' '), pdf, StringComparison.Ordinal);
        Assert.Contains(over.Replace('\u202F', ' '), pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0%", words, StringComparison.Ordinal);
        Assert.DoesNotContain(language == Language.En ? " %" : "0%", words, StringComparison.Ordinal);
        Assert.Equal(workbookFormat, stylesheet.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().Single(f => f.NumberFormatId!.Value == load).FormatCode!.Value);
    }

    [Fact]
    public void Workbook_has_a_heat_map_sheet_with_loads_as_numbers_on_their_band_fill_and_the_over_allocations()
    {
        using var document = Workbooks.Open(Render().Xlsx);
        var (header, rows) = Workbooks.Read(document, "Capacity");
        var (_, over) = Workbooks.Read(document, "Over-allocation");

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(["Person", "Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027"], header);
        var byName = rows.ToDictionary(r => Workbooks.Text(r[0]), r => r.Skip(1).ToList());
        Assert.All(byName["Alice Comfortable"], c => Assert.Equal((0.5m, "FF2E7D32"), (Workbooks.Number(c), Workbooks.FillOf(document, c))));
        Assert.All(byName["Bruno Full"], c => Assert.Equal((0.9m, "FFF9A825"), (Workbooks.Number(c), Workbooks.FillOf(document, c))));
        Assert.All(byName["Chloé Over"], c => Assert.Equal((1.2m, "FFC62828"), (Workbooks.Number(c), Workbooks.FillOf(document, c))));
        Assert.All(byName["Dan Inactive"], c => Assert.Equal("–", Workbooks.Text(c)));
        Assert.Equal(6, over.Count);
        Assert.All(over, r => Assert.Equal(("Chloé Over", 1.2m), (Workbooks.Text(r[0]), Workbooks.Number(r[5]))));
    }

    [Fact]
    public void French_heat_map_has_french_headings_and_months()
    {
        var pack = Render(Language.Fr);
        var text = Parser.ParseDocument(pack.Email.Html).Body!.TextContent;
        using var document = Workbooks.Open(pack.Xlsx);

        Assert.Contains("Plan de charge", text, StringComparison.Ordinal);
        Assert.Contains("Sur-allocations (personne et mois)", text, StringComparison.Ordinal);
        Assert.Contains("jusqu'à 80\u202F%", text, StringComparison.Ordinal);
        Assert.Contains("nov. 2026", text, StringComparison.Ordinal);
        Assert.Contains("Plan de charge", Poppler.PdfToText(pack.Pdf), StringComparison.Ordinal);
        Assert.Equal(["Indicateurs", "Projets", "Mises à jour", "Risques", "Problèmes", "Escalades", "Décisions", "Plan de charge", "Sur-allocations"], Workbooks.SheetNames(document));
    }

    [Fact]
    public void An_empty_capacity_view_says_no_capacity_is_recorded()
    {
        var input = Packs.Hostile() with { Capacity = CapacityView.For([], [], Months, CapacityGrouping.Skill) };

        var pack = new ReviewPackRenderer().Render(input);

        Assert.Contains("No capacity is recorded for these months.", Parser.ParseDocument(pack.Email.Html).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No capacity is recorded for these months.", Poppler.PdfToText(pack.Pdf), StringComparison.Ordinal);
        using var document = Workbooks.Open(pack.Xlsx);
        Assert.Empty(Workbooks.Read(document, "Capacity").Rows);
    }

    /// <summary>Four people at 20 days a month: 10, 18 and 24 days allocated (50 %, 90 %, 120 %), and one not yet active.</summary>
    private static RenderedPack Render(Language language = Language.En)
    {
        lock (Gate)
        {
            if (!Rendered.TryGetValue(language, out var pack))
            {
                Person P(string id, string name, DateOnly? from = null) => new() { Id = id, Name = name, Email = id + "@example.org", CapacityDaysPerMonth = 20, ActiveFrom = from };
                Person[] people = [P("p-a", "Alice Comfortable"), P("p-b", "Bruno Full"), P("p-c", "Chloé Over"), P("p-d", "Dan Inactive", new DateOnly(2030, 1, 1))];
                var days = new Dictionary<string, decimal> { ["p-a"] = 10, ["p-b"] = 18, ["p-c"] = 24 };
                var allocations = from p in days from m in Months select new Allocation(p.Key, "PRJ-00001", m, p.Value);
                var input = Packs.Hostile(language: language) with
                {
                    Capacity = CapacityView.For(people, allocations, Months, CapacityGrouping.Person),
                    CapacityGroupNames = people.ToDictionary(p => p.Id, p => p.Name),
                };
                pack = new ReviewPackRenderer().Render(input);
                Rendered[language] = pack;
            }

            return pack;
        }
    }

    private static void AssertCells(List<AngleSharp.Dom.IElement> cells, string text, string colour)
    {
        Assert.Equal(6, cells.Count);
        Assert.All(cells, c =>
        {
            Assert.Equal(text, c.TextContent.Replace('\u00A0', ' '));
            Assert.Contains($"background:{colour}", c.GetAttribute("style"), StringComparison.Ordinal);
        });
    }

    /// <summary>Pixels within a small distance of <paramref name="colour"/> (anti-aliasing and PNG rounding).</summary>
    private static int Pixels(SKBitmap image, SKColor colour)
    {
        var count = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var p = image.GetPixel(x, y);
                if (Math.Abs(p.Red - colour.Red) + Math.Abs(p.Green - colour.Green) + Math.Abs(p.Blue - colour.Blue) < 24)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
