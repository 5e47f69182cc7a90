using System.Globalization;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pmo.Application.Packs;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;
using SkiaSharp;

namespace Pmo.Reports.Tests;

/// <summary>
/// The pack of a portfolio one week old: six active projects whose approved budgets add up to 2,810,000 EUR, and one
/// week of requests (five answered, one missed: 83.3 %).
/// </summary>
public class YoungPortfolioTests
{
    private static readonly decimal[] Approved = [900_000m, 500_000m, 330_000m, 700_000m, 260_000m, 120_000m];

    private static ReviewPackInput OneWeek(Language language, string secondCurrency = "EUR")
    {
        var input = SyntheticPortfolio.Generate(Approved.Length, weeks: 1, language);
        var projects = input.Projects.Select((p, i) => p with
        {
            Phase = ProjectPhase.Execution,
            Budget = new Budget(Approved[i], Approved[i] / 2, Approved[i] + 10_000m, i == 1 ? secondCurrency : "EUR"),
        }).ToList();
        var requests = input.Requests.Select((r, i) => r with
        {
            Status = i == 0 ? UpdateRequestStatus.Missed : UpdateRequestStatus.Submitted,
            SubmittedAt = i == 0 ? null : r.SentAt.AddDays(1),
        }).ToList();
        return SyntheticPortfolio.WithKpis(input with { Projects = projects, Requests = requests });
    }

    /// <summary>The local host's seeded portfolio: last week's updates, sent before the calendar ever asked for one.</summary>
    private static ReviewPackInput SeededWeek(Language language) =>
        SyntheticPortfolio.WithKpis(OneWeek(language) with { Requests = [] });

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void The_compliance_chart_of_a_single_week_draws_its_point_and_its_value_in_the_middle_of_the_plot(Language language)
    {
        var input = OneWeek(language);
        var chart = new ReviewPackRenderer().RenderCharts(input).Single(c => c.Kind == ChartKind.ComplianceTrend);
        using var bitmap = SKBitmap.Decode(chart.Png);

        // The middle fifth of the chart, below its title (whose baseline is 33 px down the 1.5x PNG): the old drawing put
        // the lone point on the left axis, and drew nothing at all for a week of updates sent without a request.
        int Count(Func<SKColor, bool> match)
        {
            var n = 0;
            for (var y = 38; y < bitmap.Height - 40; y++)
            {
                for (var x = bitmap.Width * 2 / 5; x < bitmap.Width * 3 / 5; x++)
                {
                    n += match(bitmap.GetPixel(x, y)) ? 1 : 0;
                }
            }

            return n;
        }

        var accent = Count(p => Near(p, Drawing.Palette.Accent));
        var ink = Count(p => p.Red < 60 && p.Green < 60 && p.Blue < 60);
        Assert.True(accent > 100, $"The week's point: only {accent} accent pixels in the middle of the plot.");
        Assert.True(ink > 50, $"The week's value label: only {ink} dark pixels in the middle of the plot.");
    }

    [Theory]
    [InlineData(Language.En, "Weekly update compliance", "no update requested", "No weekly update requested yet")]
    [InlineData(Language.Fr, "Taux de mise à jour hebdomadaire", "aucune mise à jour demandée", "Aucune mise à jour hebdomadaire demandée pour l'instant")]
    public void A_month_without_any_request_says_no_update_was_requested_rather_than_100_percent(Language language, string kpi, string none, string chartNote)
    {
        // The local host's first pack: updates seeded before the calendar ever asked for one.
        var input = SeededWeek(language);
        Assert.Null(input.Kpis.UpdateCompliance);
        Assert.All(Model.PackModelBuilder.Build(input).ComplianceTrend, w => Assert.Equal(0, w.Requested));

        var pack = new ReviewPackRenderer().Render(input);

        var html = new HtmlParser().ParseDocument(pack.Email.Html);
        var row = html.QuerySelectorAll("tr").Select(tr => tr.QuerySelectorAll("td").Select(c => Spaces(c.TextContent).Trim()).ToArray())
            .Single(cells => cells.Length > 1 && cells[0] == kpi);
        Assert.Equal(none, row[1]);

        Assert.Matches($@"{kpi}\s*:\s*{none}\n", Spaces(Poppler.PdfToText(pack.Pdf, 1, 1)));
        var summary = Spaces(Poppler.PdfToText(pack.Pdf, 2, 2));
        Assert.Contains(kpi, summary, StringComparison.Ordinal);
        Assert.Contains(none, summary, StringComparison.Ordinal);
        Assert.Contains(chartNote, Spaces(Poppler.PdfToText(pack.Pdf)), StringComparison.Ordinal);

        using var document = SpreadsheetDocument.Open(new MemoryStream(pack.Xlsx), isEditable: false);
        Assert.Equal(none, Text(Rows(document, language == Language.Fr ? "Indicateurs" : "KPIs").Single(r => Text(r[0]) == kpi)[1]));
    }

    [Theory]
    [InlineData(Language.En, "Weekly update compliance", "W44", "83.3%")]
    [InlineData(Language.Fr, "Taux de mise à jour hebdomadaire", "S44", "83,3 %")]
    public void The_pdf_shows_the_single_weeks_value_on_the_compliance_chart(Language language, string title, string week, string value)
    {
        var pdf = new ReviewPackRenderer().Render(OneWeek(language)).Pdf;
        var pages = Poppler.PageCount(Poppler.PdfToText(pdf));

        var chartPage = Enumerable.Range(1, pages).Select(p => Spaces(Poppler.PdfToText(pdf, p, p)))
            .Single(page => page.Contains(title, StringComparison.Ordinal) && page.Contains(week, StringComparison.Ordinal));
        Assert.Contains(value, chartPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.En, "Budget approved", "2 810 000 EUR", "Forecast at completion", "2 870 000 EUR", "Approved (EUR)")]
    [InlineData(Language.Fr, "Budget approuvé", "2 810 000 EUR", "Prévision à terminaison", "2 870 000 EUR", "Approuvé (EUR)")]
    public void The_executive_summarys_money_rows_carry_the_portfolios_currency_in_the_email_and_the_pdf(
        Language language, string approvedLabel, string approved, string forecastLabel, string forecast, string budgetHeader)
    {
        var pack = new ReviewPackRenderer().Render(OneWeek(language));

        var html = new HtmlParser().ParseDocument(pack.Email.Html);
        string[] Row(string label) => [.. html.QuerySelectorAll("tr")
            .Select(tr => tr.QuerySelectorAll("td, th").Select(c => Spaces(c.TextContent).Trim()).ToArray())
            .Single(cells => cells.Length > 0 && cells[0] == label)];
        Assert.Equal(approved, Row(approvedLabel)[1]);
        Assert.Equal(forecast, Row(forecastLabel)[1]);
        Assert.Contains(budgetHeader, html.QuerySelectorAll("th").Select(th => Spaces(th.TextContent).Trim()));

        var summary = Spaces(Poppler.PdfToText(pack.Pdf, 2, 2));
        Assert.Matches($@"{approvedLabel}\s+{approved}", summary);
        Assert.Matches($@"{forecastLabel}\s+{forecast}", summary);
        Assert.Contains(budgetHeader, Spaces(Poppler.PdfToText(pack.Pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_xlsx_keeps_the_sums_as_numbers_formatted_with_the_currency_and_lists_each_projects_currency()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(new ReviewPackRenderer().Render(OneWeek(Language.En)).Xlsx), isEditable: false);
        var rows = Rows(document, "KPIs");
        var approved = rows.Single(r => Text(r[0]) == "Budget approved")[1];

        Assert.Equal(2_810_000m, decimal.Parse(approved.CellValue!.Text, CultureInfo.InvariantCulture));
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)approved.StyleIndex!.Value).NumberFormatId!.Value;
        Assert.Equal("#,##0 \"EUR\"", stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format).FormatCode!.Value);

        var projects = Rows(document, "Projects");
        var currency = projects[0].FindIndex(c => Text(c) == "Currency");
        Assert.All(projects.Skip(1), r => Assert.Equal("EUR", Text(r[currency])));
    }

    [Fact]
    public void A_portfolio_in_two_currencies_names_both_rather_than_pass_the_sum_off_as_one()
    {
        var pack = new ReviewPackRenderer().Render(OneWeek(Language.En, secondCurrency: "USD"));

        var text = Spaces(Poppler.PdfToText(pack.Pdf, 2, 2));
        Assert.Matches(@"Budget approved\s+2 810 000 EUR \+ USD", text);
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) < 24 && Math.Abs(a.Green - b.Green) < 24 && Math.Abs(a.Blue - b.Blue) < 24;

    /// <summary>No-break spaces (digit groups, before % and the currency) read as spaces.</summary>
    private static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static List<List<Cell>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return [.. ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList())];
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
