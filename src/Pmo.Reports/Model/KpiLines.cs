namespace Pmo.Reports.Model;

/// <summary>How a KPI value is written: drives both the printed text and the XLSX number format.</summary>
internal enum KpiKind
{
    Integer,
    Money,
    Percent,
    Ratio,
    Days,
}

/// <summary>
/// One line of the executive summary: this month, last month and the direction of change. <see cref="Note"/> is what a
/// missing value means, when it means something (compliance with nothing requested), written instead of "–".
/// </summary>
internal sealed record KpiLine(string Label, KpiKind Kind, decimal? NowValue, decimal? BeforeValue, string Now, string Before, string Arrow, string? Note = null);

/// <summary>The executive summary's KPIs, in the order the board reads them.</summary>
internal static class KpiLines
{
    public static IReadOnlyList<KpiLine> For(PackModel model)
    {
        var t = model.Text;
        var now = model.Input.Kpis;
        var before = model.Input.PreviousKpis;
        var lines = new List<KpiLine>();

        void Add(string label, KpiKind kind, Func<PortfolioKpis, decimal?> read, string? note = null)
        {
            var n = read(now);
            var b = before is null ? null : read(before);
            lines.Add(new KpiLine(label, kind, n, b, Write(model, kind, n, note), before is null ? "–" : Write(model, kind, b, note), Arrows.Of(n, b), note));
        }

        Add(t.KpiActiveProjects, KpiKind.Integer, k => k.ActiveProjects);
        Add(t.KpiOnTrack, KpiKind.Percent, k => k.OnTrackShare);
        Add(t.KpiRed, KpiKind.Integer, k => k.Red);
        Add(t.KpiAmber, KpiKind.Integer, k => k.Amber);
        Add(t.KpiNoStatus, KpiKind.Integer, k => k.NoStatus);
        Add(t.KpiCompliance, KpiKind.Percent, k => k.UpdateCompliance, t.NoUpdateRequested);
        Add(t.KpiUpdatesMissed, KpiKind.Integer, k => k.UpdatesMissed);
        Add(t.KpiBudgetApproved, KpiKind.Money, k => k.BudgetApproved);
        Add(t.KpiBudgetForecast, KpiKind.Money, k => k.BudgetForecastAtCompletion);
        Add(t.KpiBudgetVariance, KpiKind.Percent, k => k.BudgetVarianceRatio);
        Add(t.KpiCpi, KpiKind.Ratio, k => k.CostPerformanceIndex);
        Add(t.KpiSpi, KpiKind.Ratio, k => k.SchedulePerformanceIndex);
        Add(t.KpiAverageSlip, KpiKind.Days, k => (decimal)k.AverageSlipDays);
        Add(t.KpiMaxSlip, KpiKind.Integer, k => k.MaxSlipDays);
        Add(t.KpiRiskExposure, KpiKind.Integer, k => k.RiskExposure);
        Add(t.KpiHighRisks, KpiKind.Integer, k => k.HighRisks);
        Add(t.KpiOpenEscalations, KpiKind.Integer, k => k.OpenEscalations);
        Add(t.KpiOldestEscalation, KpiKind.Days, k => (decimal)k.OldestEscalationAgeDays);
        return lines;
    }

    private static string Write(PackModel model, KpiKind kind, decimal? value, string? note)
    {
        if (value is not { } v)
        {
            return note ?? "–";
        }

        var f = model.Format;
        return kind switch
        {
            KpiKind.Integer => f.Integer((int)v),
            KpiKind.Money => model.Money(v),
            KpiKind.Percent => f.Percent(v),
            KpiKind.Ratio => f.Decimal2(v),
            _ => v.ToString("0.0", f.Culture),
        };
    }
}
