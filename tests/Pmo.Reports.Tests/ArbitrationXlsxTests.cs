using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Pmo.Domain.Primitives;
using Pmo.Reports.Arbitration;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

/// <summary>The arbitration pack's workbook, validated and read back cell by cell.</summary>
public sealed class ArbitrationXlsxTests
{
    [Theory]
    [InlineData(Language.En, new[] { "Summary", "Ranking", "Demands", "Capacity", "Over-allocation" })]
    [InlineData(Language.Fr, new[] { "Synthèse", "Classement", "Demandes", "Plan de charge", "Sur-allocations" })]
    public void Workbook_is_valid_open_xml_with_one_sheet_per_part_of_the_pack(Language language, string[] sheets)
    {
        using var document = Workbooks.Open(Arbitrations.Render(language).Xlsx);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(sheets, Workbooks.SheetNames(document));
        Assert.Equal("arbitration-pack-2027-03.xlsx", Arbitrations.Render(language).XlsxFileName);
    }

    [Fact]
    public void Summary_holds_the_money_as_numbers_in_the_packs_currency()
    {
        var input = Arbitrations.Input();
        using var document = Workbooks.Open(Arbitrations.Render().Xlsx);
        var (_, rows) = Workbooks.Read(document, "Summary");
        Cell Value(string label) => rows.Single(r => Workbooks.Text(r[0]) == label)[1];

        Assert.Equal("March 2027", Workbooks.Text(Value("Session")));
        Assert.Equal("Tuesday 9 March 2027, 14:00 (Europe/Paris)", Workbooks.Text(Value("Votes close")));
        Assert.Equal(Arbitrations.Demands, (int)Workbooks.Number(Value("Demands")));
        Assert.Equal(input.Demands.Sum(d => d.Demand.EstimatedBudget.Amount), Workbooks.Number(Value("Total requested")));
        var remaining = Value("Approved budget not yet spent (active projects)");
        Assert.Equal(input.RemainingBudget.Amount, Workbooks.Number(remaining));
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)remaining.StyleIndex!.Value).NumberFormatId!.Value;
        Assert.Equal("#,##0 \"EUR\"", stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format).FormatCode!.Value);
    }

    [Fact]
    public void Ranking_and_demands_sheets_hold_every_demand_typed_and_formula_safe()
    {
        var input = Arbitrations.Input();
        using var document = Workbooks.Open(Arbitrations.Render().Xlsx);
        var (header, rows) = Workbooks.Read(document, "Ranking");
        var (demandHeader, demands) = Workbooks.Read(document, "Demands");

        Assert.Equal(input.Demands.Select(d => d.Demand.Id), rows.Select(r => Workbooks.Text(r[header.IndexOf("Code")])));
        var third = rows[2];
        Assert.Equal(input.Demands[2].Demand.EstimatedBudget.Amount, Workbooks.Number(third[header.IndexOf("Budget")]));
        Assert.Equal(input.Demands[2].Score, Workbooks.Number(third[header.IndexOf("Score")]));
        Assert.Equal(input.Demands[2].Demand.Scores.Feasibility, (int)Workbooks.Number(third[header.IndexOf("Feasibility")]));
        Assert.Equal("'" + Packs.FormulaName, Workbooks.Text(rows[1][header.IndexOf("Title")]));
        Assert.Equal("'" + Packs.FormulaDifficulty, Workbooks.Text(demands[0][demandHeader.IndexOf("Business case")]));
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));

        var needs = demands.Select(r => (Id: Workbooks.Text(r[demandHeader.IndexOf("Code")]), Needs: Workbooks.Text(r[demandHeader.IndexOf("Staffing needs")]))).ToList();
        Assert.All(needs, n => Assert.Equal(
            string.Join("\n", input.StaffingNeeds.GetValueOrDefault(n.Id, []).Select(s => $"{n.Id} {s.Sentence}")), n.Needs));
        Assert.Contains(needs, n => n.Needs.Length == 0);
    }

    [Fact]
    public void Capacity_sheet_has_one_row_per_role_and_month_with_its_load_filled_by_band()
    {
        var input = Arbitrations.Input();
        using var document = Workbooks.Open(Arbitrations.Render().Xlsx);
        var (header, rows) = Workbooks.Read(document, "Capacity");

        Assert.Equal(input.Capacity!.Cells.Count, rows.Count);
        foreach (var cell in input.Capacity.Cells)
        {
            var row = rows.Single(r => Workbooks.Text(r[0]) == cell.Group && Workbooks.Text(r[1]) == cell.Month.FirstDay.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
            Assert.Equal(cell.Free, Workbooks.Number(row[header.IndexOf("Free (d)")]));
            var load = row[header.IndexOf("Load")];
            var percent = Math.Round(cell.Allocated / cell.Capacity * 100m, 0, MidpointRounding.AwayFromZero);
            Assert.Equal(percent / 100m, Workbooks.Number(load));
            Assert.Equal(percent <= 80 ? "FF2E7D32" : percent <= 100 ? "FFF9A825" : "FFC62828", Workbooks.FillOf(document, load));
            Assert.Equal(cell.OverAllocated.Count, (int)Workbooks.Number(row[header.IndexOf("Over-allocated person-months")]));
        }
    }

    [Fact]
    public void Without_capacity_data_the_workbook_has_no_capacity_sheets()
    {
        using var document = Workbooks.Open(new ArbitrationPackRenderer().Render(Arbitrations.Input() with { Capacity = null }).Xlsx);

        Assert.Equal(["Summary", "Ranking", "Demands"], Workbooks.SheetNames(document));
    }
}
