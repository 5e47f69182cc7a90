namespace Pmo.Reports.Xlsx;

/// <summary>A register sheet's column: its header and width next to how a row fills its cell, so the two cannot drift apart.</summary>
internal sealed record RegisterColumn<T>(string Header, double Width, Action<SheetWriter, T> Cell);

/// <summary>The columns and rows of each register sheet.</summary>
internal static class XlsxRegisters
{
    public static void Kpis(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var lines = KpiLines.For(model);
        Write(part, lines, lines.Count,
        [
            new(t.Kpi, 40, (s, l) => s.Text(l.Label)),
            new(t.ThisMonth, 18, (s, l) => Value(s, l, l.NowValue, l.Now)),
            new(t.LastMonth, 18, (s, l) => Value(s, l, l.BeforeValue, l.Before)),
            new(t.Trend, 10, (s, l) => s.Text(l.Arrow)),
        ], cancellationToken);
    }

    public static void Projects(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        string? Rag(Rag? rag) => XlsxPackWriter.RagName(model, rag);
        var rows = model.Input.Projects.OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => (Project: p, Row: model.RowsById.GetValueOrDefault(p.Id)));
        Write(part, rows, model.Input.Projects.Count,
        [
            new(t.Rank, 7, (s, r) => s.Integer(r.Row?.Rank)),
            new(t.Code, 12, (s, r) => s.Text(r.Project.Id)),
            new(t.Name, 32, (s, r) => s.Text(r.Project.Name)),
            new(t.Portfolio, 18, (s, r) => s.Text(r.Project.Portfolio)),
            new(t.Phase, 12, (s, r) => s.Text(t.EnumName(r.Project.Phase))),
            new(t.Active, 8, (s, r) => s.Text(r.Project.IsActive ? t.Yes : t.No)),
            new(t.Sponsor, 20, (s, r) => s.Text(r.Project.Sponsor.Name)),
            new(t.Manager, 20, (s, r) => s.Text(r.Project.Manager.Name)),
            new(t.Overall, 9, (s, r) => s.Text(Rag(r.Row?.Overall ?? r.Project.LatestRag))),
            new(t.Schedule, 9, (s, r) => s.Text(Rag(r.Row?.Latest?.Dimensions.Schedule))),
            new(t.Budget, 9, (s, r) => s.Text(Rag(r.Row?.Latest?.Dimensions.Budget))),
            new(t.Scope, 9, (s, r) => s.Text(Rag(r.Row?.Latest?.Dimensions.Scope))),
            new(t.Resources, 9, (s, r) => s.Text(Rag(r.Row?.Latest?.Dimensions.Resources))),
            new(t.Risks, 9, (s, r) => s.Text(Rag(r.Row?.Latest?.Dimensions.Risks))),
            new(t.Trend, 7, (s, r) => s.Text(r.Row is null ? null : Arrows.Of(r.Row.Trend))),
            new(t.Score, 8, (s, r) => s.Number(r.Row?.PriorityScore)),
            new(t.Approved, 14, (s, r) => s.Number(r.Project.Budget.Approved, CellStyle.Money)),
            new(t.ActualToDate, 14, (s, r) => s.Number(r.Project.Budget.ActualToDate, CellStyle.Money)),
            new(t.Forecast, 14, (s, r) => s.Number(r.Project.Budget.ForecastAtCompletion, CellStyle.Money)),
            new(t.Currency, 9, (s, r) => s.Text(r.Project.Budget.Currency)),
            new(t.BudgetVariance, 11, (s, r) => s.Number(r.Project.Budget.VarianceRatio, CellStyle.Percent)),
            new(t.Start, 12, (s, r) => s.Date(r.Project.Start)),
            new(t.BaselineEnd, 12, (s, r) => s.Date(r.Project.BaselineEnd)),
            new(t.ForecastEnd, 12, (s, r) => s.Date(r.Project.ForecastEnd)),
            new(t.SlipDays, 9, (s, r) => s.Integer(r.Project.WorstSlipDays)),
            new(t.Requested, 10, (s, r) => s.Integer(r.Row?.Requested)),
            new(t.BeforeReminder, 12, (s, r) => s.Integer(r.Row?.BeforeReminder)),
            new(t.AfterReminder, 12, (s, r) => s.Integer(r.Row?.AfterReminder)),
            new(t.Missed, 10, (s, r) => s.Integer(r.Row?.Missed)),
            new(t.Compliance, 11, (s, r) => s.Number(r.Row?.Compliance, CellStyle.Percent)),
        ], cancellationToken);
    }

    public static void Updates(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        string? Rag(Rag? rag) => XlsxPackWriter.RagName(model, rag);
        Write(part, model.MonthUpdates, model.MonthUpdates.Count,
        [
            new(t.Week, 10, (s, u) => s.Text(u.Week.ToString())),
            new(t.Code, 12, (s, u) => s.Text(u.ProjectId)),
            new(t.Project, 30, (s, u) => s.Text(model.ProjectName(u.ProjectId))),
            new(t.Overall, 9, (s, u) => s.Text(Rag(u.Overall))),
            new(t.Schedule, 9, (s, u) => s.Text(Rag(u.Dimensions.Schedule))),
            new(t.Budget, 9, (s, u) => s.Text(Rag(u.Dimensions.Budget))),
            new(t.Scope, 9, (s, u) => s.Text(Rag(u.Dimensions.Scope))),
            new(t.Resources, 9, (s, u) => s.Text(Rag(u.Dimensions.Resources))),
            new(t.Risks, 9, (s, u) => s.Text(Rag(u.Dimensions.Risks))),
            new(t.Progress, 10, (s, u) => s.Number(u.ProgressPercent / 100m, CellStyle.Percent)),
            new(t.Difficulties, 40, (s, u) => s.Text(u.Difficulties)),
            new(t.HelpNeeded, 40, (s, u) => s.Text(u.HelpNeeded)),
            new(t.DecisionsRequested, 12, (s, u) => s.Text(u.NeedsDecision ? t.Yes : t.No)),
            new(t.Question, 40, (s, u) => s.Text(u.DecisionQuestion)),
            new(t.SubmittedAt, 17, (s, u) => s.DateTime(u.SubmittedAt == default ? null : u.SubmittedAt)),
        ], cancellationToken);
    }

    public static void Risks(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var risks = model.Input.Risks;
        Write(part, risks.OrderByDescending(r => r.IsOpen).ThenByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal), risks.Count,
        [
            new(t.Code, 12, (s, r) => s.Text(r.ProjectId)),
            new(t.Project, 30, (s, r) => s.Text(model.ProjectName(r.ProjectId))),
            new("Id", 12, (s, r) => s.Text(r.Id)),
            new(t.Risk, 40, (s, r) => s.Text(r.Title)),
            new(t.Probability, 8, (s, r) => s.Integer(r.Probability)),
            new(t.Impact, 8, (s, r) => s.Integer(r.Impact)),
            new(t.Score, 8, (s, r) => s.Integer(r.Score)),
            new(t.Status, 12, (s, r) => s.Text(t.EnumName(r.Status))),
            new(t.Trend, 7, (s, r) => s.Text(Arrows.Of(r.Trend))),
            new(t.Owner, 20, (s, r) => s.Text(r.Owner)),
            new(t.Mitigation, 40, (s, r) => s.Text(r.Mitigation)),
            new(t.Raised, 12, (s, r) => s.Date(r.Raised == default ? null : r.Raised)),
        ], cancellationToken);
    }

    public static void Issues(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var issues = model.Input.Issues;
        Write(part, issues.OrderByDescending(i => i.IsOpen).ThenByDescending(i => i.Severity).ThenBy(i => i.Id, StringComparer.Ordinal), issues.Count,
        [
            new(t.Code, 12, (s, i) => s.Text(i.ProjectId)),
            new(t.Project, 30, (s, i) => s.Text(model.ProjectName(i.ProjectId))),
            new("Id", 12, (s, i) => s.Text(i.Id)),
            new(t.Issue, 40, (s, i) => s.Text(i.Title)),
            new(t.Severity, 10, (s, i) => s.Text(t.EnumName(i.Severity))),
            new(t.Status, 12, (s, i) => s.Text(t.EnumName(i.Status))),
            new(t.Owner, 20, (s, i) => s.Text(i.Owner)),
            new(t.Due, 12, (s, i) => s.Date(i.Due)),
            new(t.Raised, 12, (s, i) => s.Date(i.Raised == default ? null : i.Raised)),
        ], cancellationToken);
    }

    public static void Escalations(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var escalations = model.Input.Escalations;
        Write(part, escalations.OrderByDescending(e => e.IsOpen).ThenBy(e => e.RaisedAt), escalations.Count,
        [
            new("Id", 14, (s, e) => s.Text(e.Id)),
            new(t.Code, 12, (s, e) => s.Text(e.ProjectId)),
            new(t.Project, 30, (s, e) => s.Text(model.ProjectName(e.ProjectId))),
            new(t.Reason, 20, (s, e) => s.Text(t.EnumName(e.Reason))),
            new(t.Status, 16, (s, e) => s.Text(t.EnumName(e.Status))),
            new(t.Question, 50, (s, e) => s.Text(string.IsNullOrWhiteSpace(e.Question) ? e.Summary : e.Question)),
            new(t.Raised, 17, (s, e) => s.DateTime(e.RaisedAt)),
            new(t.AgeDays, 9, (s, e) => s.Number(Math.Round((model.Input.GeneratedAtUtc - e.RaisedAt).TotalDays, 1))),
        ], cancellationToken);
    }

    public static void Decisions(Stream part, PackModel model, CancellationToken cancellationToken)
    {
        var t = model.Text;
        Write<Decision>(part, model.DecisionsTaken, model.DecisionsTaken.Count,
        [
            new(t.Date, 17, (s, d) => s.DateTime(d.DecidedAt)),
            new(t.Code, 12, (s, d) => s.Text(d.ProjectId)),
            new(t.Project, 30, (s, d) => s.Text(model.ProjectName(d.ProjectId))),
            new(t.Decision, 40, (s, d) => s.Text(d.Title)),
            new(t.Outcome, 14, (s, d) => s.Text(t.EnumName(d.Outcome))),
            new(t.Rationale, 40, (s, d) => s.Text(d.Rationale)),
            new(t.DecidedBy, 20, (s, d) => s.Text(d.DecidedBy)),
            new(t.Forum, 20, (s, d) => s.Text(d.Forum)),
        ], cancellationToken);
    }

    /// <summary>Streams one sheet: the header row, then a row per item, checking for cancellation every 512 rows.</summary>
    internal static void Write<T>(Stream part, IEnumerable<T> rows, int count, IReadOnlyList<RegisterColumn<T>> columns, CancellationToken cancellationToken)
    {
        using var sheet = new SheetWriter(part, columns.Select(c => new SheetColumn(c.Header, c.Width)).ToList(), count);
        var index = 0;
        foreach (var row in rows)
        {
            if (index++ % 512 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            sheet.BeginRow();
            foreach (var column in columns)
            {
                column.Cell(sheet, row);
            }

            sheet.EndRow();
        }
    }

    /// <summary>A KPI as a number; a missing one that means something (<see cref="KpiLine.Note"/>) as that text, else blank.</summary>
    private static void Value(SheetWriter sheet, KpiLine line, decimal? value, string text)
    {
        if (value is null && line.Note is not null && text == line.Note)
        {
            sheet.Text(text);
        }
        else
        {
            sheet.Number(value, StyleOf(line.Kind));
        }
    }

    private static CellStyle StyleOf(KpiKind kind) => kind switch
    {
        KpiKind.Integer => CellStyle.Integer,
        KpiKind.Money => CellStyle.PortfolioMoney,
        KpiKind.Percent => CellStyle.Percent,
        _ => CellStyle.Decimal,
    };
}
