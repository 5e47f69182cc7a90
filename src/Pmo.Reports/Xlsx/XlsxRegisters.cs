using Pmo.Domain.Portfolio;
using Pmo.Reports.Model;

namespace Pmo.Reports.Xlsx;

/// <summary>The columns and rows of each register sheet.</summary>
internal static class XlsxRegisters
{
    public static void Kpis(Stream part, PackModel model)
    {
        var t = model.Text;
        var lines = KpiLines.For(model);
        using var sheet = new SheetWriter(part, [new(t.Kpi, 40), new(t.ThisMonth, 18), new(t.LastMonth, 18), new(t.Trend, 10)], lines.Count);
        foreach (var line in lines)
        {
            var style = line.Kind switch
            {
                KpiKind.Integer => CellStyle.Integer,
                KpiKind.Money => CellStyle.Money,
                KpiKind.Percent => CellStyle.Percent,
                _ => CellStyle.Decimal,
            };
            sheet.BeginRow();
            sheet.Text(line.Label);
            sheet.Number(line.NowValue, style);
            sheet.Number(line.BeforeValue, style);
            sheet.Text(line.Arrow);
            sheet.EndRow();
        }
    }

    public static void Projects(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        SheetColumn[] columns =
        [
            new(t.Rank, 7), new(t.Code, 12), new(t.Name, 32), new(t.Portfolio, 18), new(t.Phase, 12), new(t.Active, 8),
            new(t.Sponsor, 20), new(t.Manager, 20), new(t.Overall, 9), new(t.Schedule, 9), new(t.Budget, 9), new(t.Scope, 9),
            new(t.Resources, 9), new(t.Risks, 9), new(t.Trend, 7), new(t.Score, 8), new(t.Approved, 14), new(t.ActualToDate, 14),
            new(t.Forecast, 14), new(t.BudgetVariance, 11), new(t.Start, 12), new(t.BaselineEnd, 12), new(t.ForecastEnd, 12),
            new(t.SlipDays, 9), new(t.Requested, 10), new(t.OnTime, 10), new(t.Missed, 10), new(t.Compliance, 11),
        ];
        var projects = model.Input.Projects;
        using var sheet = new SheetWriter(part, columns, projects.Count);
        var index = 0;
        foreach (var p in projects.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (++index % 512 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = model.RowsById.GetValueOrDefault(p.Id);
            var d = row?.Latest?.Dimensions;
            sheet.BeginRow();
            sheet.Integer(row?.Rank);
            sheet.Text(p.Id);
            sheet.Text(p.Name);
            sheet.Text(p.Portfolio);
            sheet.Text(t.EnumName(p.Phase));
            sheet.Text(p.IsActive ? t.Yes : t.No);
            sheet.Text(p.Sponsor.Name);
            sheet.Text(p.Manager.Name);
            sheet.Text(XlsxPackWriter.RagName(model, row?.Overall ?? p.LatestRag));
            sheet.Text(XlsxPackWriter.RagName(model, d?.Schedule));
            sheet.Text(XlsxPackWriter.RagName(model, d?.Budget));
            sheet.Text(XlsxPackWriter.RagName(model, d?.Scope));
            sheet.Text(XlsxPackWriter.RagName(model, d?.Resources));
            sheet.Text(XlsxPackWriter.RagName(model, d?.Risks));
            sheet.Text(row is null ? null : Arrows.Of(row.Trend));
            sheet.Number(row?.PriorityScore);
            sheet.Number(p.Budget.Approved, CellStyle.Money);
            sheet.Number(p.Budget.ActualToDate, CellStyle.Money);
            sheet.Number(p.Budget.ForecastAtCompletion, CellStyle.Money);
            sheet.Number(p.Budget.VarianceRatio, CellStyle.Percent);
            sheet.Date(p.Start);
            sheet.Date(p.BaselineEnd);
            sheet.Date(p.ForecastEnd);
            sheet.Integer(p.WorstSlipDays);
            sheet.Integer(row?.Requested);
            sheet.Integer(row?.OnTime);
            sheet.Integer(row?.Missed);
            sheet.Number(row?.Compliance, CellStyle.Percent);
            sheet.EndRow();
        }
    }

    public static void Updates(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        SheetColumn[] columns =
        [
            new(t.Week, 10), new(t.Code, 12), new(t.Project, 30), new(t.Overall, 9), new(t.Schedule, 9), new(t.Budget, 9),
            new(t.Scope, 9), new(t.Resources, 9), new(t.Risks, 9), new(t.Progress, 10), new(t.Difficulties, 40), new(t.HelpNeeded, 40),
            new(t.DecisionsRequested, 12), new(t.Question, 40), new(t.SubmittedAt, 17),
        ];
        var updates = model.MonthUpdates;
        using var sheet = new SheetWriter(part, columns, updates.Count);
        for (var i = 0; i < updates.Count; i++)
        {
            if (i % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var u = updates[i];
            sheet.BeginRow();
            sheet.Text(u.Week.ToString());
            sheet.Text(u.ProjectId);
            sheet.Text(model.ProjectName(u.ProjectId));
            sheet.Text(XlsxPackWriter.RagName(model, u.Overall));
            sheet.Text(XlsxPackWriter.RagName(model, u.Dimensions.Schedule));
            sheet.Text(XlsxPackWriter.RagName(model, u.Dimensions.Budget));
            sheet.Text(XlsxPackWriter.RagName(model, u.Dimensions.Scope));
            sheet.Text(XlsxPackWriter.RagName(model, u.Dimensions.Resources));
            sheet.Text(XlsxPackWriter.RagName(model, u.Dimensions.Risks));
            sheet.Number(u.ProgressPercent / 100m, CellStyle.Percent);
            sheet.Text(u.Difficulties);
            sheet.Text(u.HelpNeeded);
            sheet.Text(u.NeedsDecision ? t.Yes : t.No);
            sheet.Text(u.DecisionQuestion);
            sheet.DateTime(u.SubmittedAt == default ? null : u.SubmittedAt);
            sheet.EndRow();
        }
    }

    public static void Risks(Stream part, PackModel model)
    {
        var t = model.Text;
        SheetColumn[] columns =
        [
            new(t.Code, 12), new(t.Project, 30), new("Id", 12), new(t.Risk, 40), new(t.Probability, 8), new(t.Impact, 8),
            new(t.Score, 8), new(t.Status, 12), new(t.Trend, 7), new(t.Owner, 20), new(t.Mitigation, 40), new(t.Raised, 12),
        ];
        var risks = model.Input.Risks;
        using var sheet = new SheetWriter(part, columns, risks.Count);
        foreach (var r in risks.OrderByDescending(r => r.IsOpen).ThenByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            sheet.BeginRow();
            sheet.Text(r.ProjectId);
            sheet.Text(model.ProjectName(r.ProjectId));
            sheet.Text(r.Id);
            sheet.Text(r.Title);
            sheet.Integer(r.Probability);
            sheet.Integer(r.Impact);
            sheet.Integer(r.Score);
            sheet.Text(t.EnumName(r.Status));
            sheet.Text(Arrows.Of(r.Trend));
            sheet.Text(r.Owner);
            sheet.Text(r.Mitigation);
            sheet.Date(r.Raised == default ? null : r.Raised);
            sheet.EndRow();
        }
    }

    public static void Issues(Stream part, PackModel model)
    {
        var t = model.Text;
        SheetColumn[] columns =
        [
            new(t.Code, 12), new(t.Project, 30), new("Id", 12), new(t.Issue, 40), new(t.Severity, 10), new(t.Status, 12),
            new(t.Owner, 20), new(t.Due, 12), new(t.Raised, 12),
        ];
        var issues = model.Input.Issues;
        using var sheet = new SheetWriter(part, columns, issues.Count);
        foreach (var i in issues.OrderByDescending(i => i.IsOpen).ThenByDescending(i => i.Severity).ThenBy(i => i.Id, StringComparer.Ordinal))
        {
            sheet.BeginRow();
            sheet.Text(i.ProjectId);
            sheet.Text(model.ProjectName(i.ProjectId));
            sheet.Text(i.Id);
            sheet.Text(i.Title);
            sheet.Text(t.EnumName(i.Severity));
            sheet.Text(t.EnumName(i.Status));
            sheet.Text(i.Owner);
            sheet.Date(i.Due);
            sheet.Date(i.Raised == default ? null : i.Raised);
            sheet.EndRow();
        }
    }

    public static void Escalations(Stream part, PackModel model)
    {
        var t = model.Text;
        SheetColumn[] columns =
        [
            new("Id", 14), new(t.Code, 12), new(t.Project, 30), new(t.Reason, 20), new(t.Status, 16), new(t.Question, 50),
            new(t.Raised, 17), new(t.AgeDays, 9),
        ];
        var escalations = model.Input.Escalations;
        using var sheet = new SheetWriter(part, columns, escalations.Count);
        foreach (var e in escalations.OrderByDescending(e => e.IsOpen).ThenBy(e => e.RaisedAt))
        {
            sheet.BeginRow();
            sheet.Text(e.Id);
            sheet.Text(e.ProjectId);
            sheet.Text(model.ProjectName(e.ProjectId));
            sheet.Text(t.EnumName(e.Reason));
            sheet.Text(t.EnumName(e.Status));
            sheet.Text(string.IsNullOrWhiteSpace(e.Question) ? e.Summary : e.Question);
            sheet.DateTime(e.RaisedAt);
            sheet.Number(Math.Round((model.Input.GeneratedAtUtc - e.RaisedAt).TotalDays, 1));
            sheet.EndRow();
        }
    }

    public static void Decisions(Stream part, PackModel model)
    {
        var t = model.Text;
        SheetColumn[] columns =
        [
            new(t.Date, 17), new(t.Code, 12), new(t.Project, 30), new(t.Decision, 40), new(t.Outcome, 14), new(t.Rationale, 40),
            new(t.DecidedBy, 20), new(t.Forum, 20),
        ];
        var decisions = model.DecisionsTaken;
        using var sheet = new SheetWriter(part, columns, decisions.Count);
        foreach (Decision d in decisions)
        {
            sheet.BeginRow();
            sheet.DateTime(d.DecidedAt);
            sheet.Text(d.ProjectId);
            sheet.Text(model.ProjectName(d.ProjectId));
            sheet.Text(d.Title);
            sheet.Text(t.EnumName(d.Outcome));
            sheet.Text(d.Rationale);
            sheet.Text(d.DecidedBy);
            sheet.Text(d.Forum);
            sheet.EndRow();
        }
    }
}
