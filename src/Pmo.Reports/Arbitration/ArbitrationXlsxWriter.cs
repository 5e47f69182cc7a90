using Pmo.Reports.Xlsx;

namespace Pmo.Reports.Arbitration;

/// <summary>The arbitration pack's workbook: summary, ranking, demands (full texts) and, when given, the capacity sheets.</summary>
internal static class ArbitrationXlsxWriter
{
    public static void Write(ArbitrationModel model, Stream output, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var f = model.Format;
        var sheets = new List<(string Name, Action<Stream> Write)>
        {
            (t.SheetSummary, s => Summary(s, model, cancellationToken)),
            (t.SheetRanking, s => Ranking(s, model, cancellationToken)),
            (t.SheetDemands, s => Demands(s, model, cancellationToken)),
        };
        if (model.Capacity is { } grid)
        {
            sheets.Add((t.SheetCapacity, s => XlsxCapacity.Cells(s, grid, t, f, cancellationToken)));
            sheets.Add((t.SheetOverAllocation, s => XlsxCapacity.OverAllocated(s, grid, t, f, cancellationToken)));
        }

        XlsxPackage.Write(output, sheets, model.Input.GeneratedAtUtc, model.Input.Currency, cancellationToken);
    }

    private static void Summary(Stream part, ArbitrationModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var input = model.Input;
        (string Label, Action<SheetWriter> Value)[] lines =
        [
            (t.Session, s => s.Text(model.SessionInSentence)),
            (t.VotesClose, s => s.Text(model.Deadline)),
            (t.SheetDemands, s => s.Integer(input.Demands.Count)),
            (t.TotalRequested, s => s.Number(model.Requested, CellStyle.PortfolioMoney)),
            .. model.OtherCurrencies.Select(m => ($"{t.TotalRequested} ({m.Currency})", (Action<SheetWriter>)(s => s.Number(m.Amount, CellStyle.Money)))),
            (t.RemainingBudget, s => s.Number(input.RemainingBudget.Amount, CellStyle.PortfolioMoney)),
        ];
        XlsxRegisters.Write(part, lines, lines.Length,
        [
            new(t.Kpi, 36, (s, l) => s.Text(l.Label)),
            new(t.Value, 44, (s, l) => l.Value(s)),
        ], cancellationToken);
    }

    private static void Ranking(Stream part, ArbitrationModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var criteria = model.CriteriaNames;
        XlsxRegisters.Write(part, model.Input.Demands, model.Input.Demands.Count,
        [
            new(t.Rank, 7, (s, r) => s.Integer(r.Rank)),
            new(t.Code, 14, (s, r) => s.Text(r.Demand.Id)),
            new(t.TitleColumn, 36, (s, r) => s.Text(r.Demand.Title)),
            new(t.Department, 18, (s, r) => s.Text(r.Demand.Department)),
            new(t.Sponsor, 22, (s, r) => s.Text(r.Demand.Sponsor.Name)),
            new(t.Budget, 14, (s, r) => s.Number(r.Demand.EstimatedBudget.Amount, CellStyle.Money)),
            new(t.Currency, 9, (s, r) => s.Text(r.Demand.EstimatedBudget.Currency)),
            new(t.DurationMonths, 10, (s, r) => s.Integer(r.Demand.EstimatedDurationMonths)),
            new(t.Score, 8, (s, r) => s.Number(r.Score)),
            .. criteria.Select((name, i) => new RegisterColumn<RankedDemand>(name, 12, (s, r) => s.Integer(ArbitrationModel.Criteria(r.Demand)[i]))),
        ], cancellationToken);
    }

    private static void Demands(Stream part, ArbitrationModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        XlsxRegisters.Write(part, model.Input.Demands, model.Input.Demands.Count,
        [
            new(t.Rank, 7, (s, r) => s.Integer(r.Rank)),
            new(t.Code, 14, (s, r) => s.Text(r.Demand.Id)),
            new(t.TitleColumn, 30, (s, r) => s.Text(r.Demand.Title)),
            new(t.Requester, 22, (s, r) => s.Text(r.Demand.Requester.Name)),
            new(t.SubmittedAt, 16, (s, r) => s.DateTime(r.Demand.SubmittedAt)),
            new(t.BusinessCase, 60, (s, r) => s.Text(r.Demand.BusinessCase)),
            new(t.ExpectedBenefits, 50, (s, r) => s.Text(r.Demand.ExpectedBenefits)),
            new(t.Attachments, 50, (s, r) => s.Text(string.Join("\n", r.Demand.Attachments.Select(a => $"{a.Title} — {a.Url}")))),
            new(t.StaffingNeeds, 60, (s, r) => s.Text(string.Join("\n", model.StaffingLines(r.Demand)))),
        ], cancellationToken);
    }
}
