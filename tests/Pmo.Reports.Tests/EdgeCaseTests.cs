using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

public class EdgeCaseTests
{
    [Theory]
    [InlineData(Language.En, "No red or amber project this month.")]
    [InlineData(Language.Fr, "Aucun projet au rouge ou à l'orange ce mois-ci.")]
    public void An_empty_portfolio_renders_every_output(Language language, string noExceptions)
    {
        var input = SyntheticPortfolio.Generate(0, language: language) with { PreviousKpis = null };

        var pack = new ReviewPackRenderer().Render(input);

        Assert.Contains(noExceptions, Poppler.PdfToText(pack.Pdf), StringComparison.Ordinal);
        Assert.Contains(noExceptions, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(pack.Email.Html).Body!.TextContent, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(pack.Xlsx), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        Assert.Equal(4, pack.Email.InlineImages.Count);
    }

    [Fact]
    public void Very_long_texts_are_wrapped_or_cut_not_spilled()
    {
        var input = Packs.Hostile();
        var longText = string.Join(' ', Enumerable.Repeat("dépassement", 800));
        var updates = input.Updates.Select(u => u.ProjectId == "PRJ-00003" ? u with { Difficulties = longText, HelpNeeded = longText } : u).ToList();
        var projects = input.Projects.Select(p => p.Id == "PRJ-00004" ? p with { Name = longText } : p).ToList();

        var pack = new ReviewPackRenderer().Render(input with { Updates = updates, Projects = projects });
        var text = Poppler.PdfToText(pack.Pdf);

        Assert.Contains("dépassement dépassement", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(pack.Email.Html) < 100 * 1024);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(pack.Xlsx), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
    }

    [Fact]
    public void Missing_kpis_are_refused_with_the_field_name()
    {
        var input = Packs.Hostile() with { Kpis = null! };

        var error = Assert.Throws<ArgumentException>(() => new ReviewPackRenderer().RenderEmail(input));

        Assert.Contains("Kpis", error.Message, StringComparison.Ordinal);
    }
}
