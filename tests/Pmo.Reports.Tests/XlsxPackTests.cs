using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

/// <summary>The workbook validated by the Open XML SDK's validator and read back cell by cell.</summary>
public class XlsxPackTests
{
    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void Workbook_is_valid_open_xml(Language language)
    {
        using var document = Open(Packs.Render(language: language).Xlsx);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void One_sheet_per_register_each_with_a_frozen_header_and_a_filter()
    {
        using var document = Open(Packs.Render().Xlsx);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();

        Assert.Equal(["KPIs", "Projects", "Updates", "Risks", "Issues", "Escalations", "Decisions"], sheets.Select(s => s.Name!.Value));
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            var rows = worksheet.Descendants<Row>().Count();
            Assert.EndsWith(rows.ToString(System.Globalization.CultureInfo.InvariantCulture), worksheet.Descendants<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Projects_sheet_has_typed_numbers_and_dates()
    {
        var input = Packs.Hostile();
        using var document = Open(Packs.Render().Xlsx);
        var (header, rows) = Read(document, "Projects");
        var first = input.Projects.OrderBy(p => p.Id, StringComparer.Ordinal).First();
        var row = rows.Single(r => Text(r[header.IndexOf("Code")]) == first.Id);

        var approved = row[header.IndexOf("Approved")];
        Assert.Null(approved.DataType);
        Assert.Equal(first.Budget.Approved, decimal.Parse(approved.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((uint)7, approved.StyleIndex!.Value);

        var start = row[header.IndexOf("Start")];
        Assert.Null(start.DataType);
        Assert.Equal(first.Start, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(start.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal((uint)2, start.StyleIndex!.Value);

        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var dateFormat = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt(2).NumberFormatId!.Value;
        Assert.Equal("yyyy-mm-dd", stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == dateFormat).FormatCode!.Value);
        Assert.Equal(input.Projects.Count, rows.Count);
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_prefixed_and_no_cell_holds_a_formula()
    {
        using var document = Open(Packs.Render().Xlsx);
        var (header, rows) = Read(document, "Projects");
        var names = rows.Select(r => Text(r[header.IndexOf("Name")])).ToList();
        var (updateHeader, updates) = Read(document, "Updates");
        var difficulties = updates.Select(r => Text(r[updateHeader.IndexOf("Difficulties")])).ToList();

        Assert.Contains("'" + Packs.FormulaName, names);
        Assert.Contains(Packs.ScriptName, names);
        Assert.Contains("'" + Packs.FormulaDifficulty, difficulties);
        Assert.DoesNotContain(names.Concat(difficulties), n => n.Length > 0 && "=+-@".Contains(n[0], StringComparison.Ordinal));
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public void French_workbook_names_its_sheets_and_headers_in_french()
    {
        using var document = Open(Packs.Render(language: Language.Fr).Xlsx);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        var (header, _) = Read(document, "Projets");

        Assert.Equal(["Indicateurs", "Projets", "Mises à jour", "Risques", "Problèmes", "Escalades", "Décisions"], sheets);
        Assert.Contains("Écart budget", header);
        Assert.Contains("Fin de référence", header);
    }

    private static SpreadsheetDocument Open(byte[] xlsx) => Workbooks.Open(xlsx);

    private static (List<string> Header, List<List<Cell>> Rows) Read(SpreadsheetDocument document, string sheetName) => Workbooks.Read(document, sheetName);

    private static string Text(Cell cell) => Workbooks.Text(cell);
}
