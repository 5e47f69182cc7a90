namespace Pmo.Reports.Pdf;

/// <summary>The pack's sections as a flow of PDF items, in reading order.</summary>
internal sealed class PdfSections(PackModel model, PdfStyle style, CancellationToken cancellationToken)
{
    public const int TopRisks = 20;
    public const int RankingRows = 50;

    private readonly List<PdfItem> _items = [];

    public List<PdfItem> Build()
    {
        Summary();
        RagTable();
        Exceptions();
        Risks();
        Issues();
        Escalations();
        DecisionsTaken();
        Compliance();
        Ranking();
        Budget();
        Capacity();
        return _items;
    }

    private PackModel M => model;

    private Text.PackText T => model.Text;

    private Text.PackFormat F => model.Format;

    private void Section(string title)
    {
        _items.Add(PageBreak.Instance);
        _items.Add(new HeadingItem(title, major: true));
    }

    private void Summary()
    {
        _items.Add(new HeadingItem(T.ExecutiveSummary, major: true));
        var table = new PdfTable([new(T.Kpi, 330), new(T.ThisMonth, 150, SKTextAlign.Right), new(T.LastMonth, 150, SKTextAlign.Right), new(T.Trend, 60, SKTextAlign.Center)]);
        var index = 0;
        foreach (var line in KpiLines.For(M))
        {
            _items.Add(table.Row(style, index++, line.Label, line.Now, line.Before, line.Arrow));
        }

        _items.Add(PageBreak.Instance);
        _items.Add(new ChartsItem(M, ChartKind.RagDistribution, ChartKind.BudgetByPortfolio));
        _items.Add(new ChartsItem(M, ChartKind.ComplianceTrend, ChartKind.RiskHeatMap));
    }

    private void RagTable()
    {
        Section(T.RagTable);
        var table = new PdfTable(
        [
            new(T.Code, 60), new(T.Project, 140), new(T.Manager, 100), new(T.Phase, 62),
            new(T.Overall, 44, SKTextAlign.Center), new(T.Schedule, 42, SKTextAlign.Center), new(T.Budget, 42, SKTextAlign.Center),
            new(T.Scope, 42, SKTextAlign.Center), new(T.Resources, 42, SKTextAlign.Center), new(T.Risks, 44, SKTextAlign.Center),
            new(T.TrendShort, 44, SKTextAlign.Center), new(T.BudgetVariance, 62, SKTextAlign.Right), new(T.SlipDays, 46, SKTextAlign.Right),
        ]);
        var index = 0;
        foreach (var r in M.Rows)
        {
            if (index % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var p = r.Project;
            var d = r.Latest?.Dimensions;
            _items.Add(table.Row(
                style,
                index++,
                p.Id,
                p.Name,
                p.Manager.Name,
                T.EnumName(p.Phase),
                Rag(r.Overall),
                Rag(d?.Schedule),
                Rag(d?.Budget),
                Rag(d?.Scope),
                Rag(d?.Resources),
                Rag(d?.Risks),
                Arrows.Of(r.Trend),
                F.SignedPercent(p.Budget.VarianceRatio),
                F.Integer(p.WorstSlipDays)));
        }
    }

    private void Exceptions()
    {
        Section(T.Exceptions);
        _items.Add(new ParagraphItem(T.ExceptionsIntro, style, muted: true));
        if (M.Exceptions.Count == 0)
        {
            _items.Add(new ParagraphItem(T.NoExceptions, style));
            return;
        }

        var table = new PdfTable(
        [
            new(T.Code, 62), new(T.Project, 130, WrapLines: 3), new(T.Manager, 90, WrapLines: 2), new(T.Overall, 40, SKTextAlign.Center),
            new(T.TrendShort, 36, SKTextAlign.Center), new(T.Difficulties, 206, WrapLines: 6), new(T.HelpNeeded, 206, WrapLines: 6),
        ]);
        var index = 0;
        foreach (var r in M.Exceptions)
        {
            _items.Add(table.Row(style, index++, r.Project.Id, r.Project.Name, r.Project.Manager.Name, Rag(r.Overall), Arrows.Of(r.Trend),
                r.Latest?.Difficulties ?? "", r.Latest?.HelpNeeded ?? ""));
        }
    }

    private void Risks()
    {
        Section(T.RiskSection);
        _items.Add(new ChartsItem(M, ChartKind.RiskHeatMap));
        _items.Add(new HeadingItem(T.TopRisks, major: false));
        var table = new PdfTable(
        [
            new(T.Code, 62), new(T.Project, 120, WrapLines: 2), new(T.Risk, 180, WrapLines: 2), new(T.Probability, 38, SKTextAlign.Right),
            new(T.Impact, 38, SKTextAlign.Right), new(T.Score, 38, SKTextAlign.Right), new(T.TrendShort, 36, SKTextAlign.Center),
            new(T.Owner, 80), new(T.Mitigation, 178, WrapLines: 2),
        ]);
        var index = 0;
        foreach (var risk in M.OpenRisksByScore.Take(TopRisks))
        {
            _items.Add(table.Row(style, index++, risk.ProjectId, M.ProjectName(risk.ProjectId), risk.Title,
                F.Integer(risk.Probability), F.Integer(risk.Impact), new PdfCell(F.Integer(risk.Score), Palette.OfScore(risk.Score)),
                Arrows.Of(risk.Trend), risk.Owner, risk.Mitigation));
        }

        if (index == 0)
        {
            _items.Add(new ParagraphItem(T.NoneThisMonth, style));
        }
    }

    private void Issues()
    {
        Section(T.IssuesSection);
        var counts = new PdfTable([new(T.Severity, 150), new(T.Count, 80, SKTextAlign.Right)]);
        var index = 0;
        foreach (var severity in Enum.GetValues<IssueSeverity>().Reverse())
        {
            _items.Add(counts.Row(style, index++, T.EnumName(severity), F.Integer(M.Input.Kpis.OpenIssuesBySeverity.GetValueOrDefault(severity))));
        }

        _items.Add(new ParagraphItem(T.HighIssuesNote, style, muted: true));
        var table = new PdfTable(
        [
            new(T.Code, 62), new(T.Project, 140, WrapLines: 2), new(T.Issue, 250, WrapLines: 3), new(T.Severity, 70),
            new(T.Status, 70), new(T.Owner, 110), new(T.Due, 68, SKTextAlign.Right),
        ]);
        index = 0;
        foreach (var issue in M.OpenIssues.TakeWhile(i => i.Severity >= IssueSeverity.High))
        {
            _items.Add(table.Row(style, index++, issue.ProjectId, M.ProjectName(issue.ProjectId), issue.Title,
                new PdfCell(T.EnumName(issue.Severity), issue.Severity == IssueSeverity.Critical ? Palette.Red : Palette.Forecast),
                T.EnumName(issue.Status), issue.Owner, issue.Due is { } due ? F.Date(due) : ""));
        }
    }

    private void Escalations()
    {
        Section(T.EscalationsSection);
        if (M.OpenEscalations.Count == 0)
        {
            _items.Add(new ParagraphItem(T.NoneThisMonth, style));
        }
        else
        {
            var table = new PdfTable(
            [
                new(T.Code, 62), new(T.Project, 120, WrapLines: 2), new(T.Reason, 100, WrapLines: 2), new(T.Question, 290, WrapLines: 4),
                new(T.Raised, 64, SKTextAlign.Right), new(T.AgeDays, 44, SKTextAlign.Right), new(T.Status, 90, WrapLines: 2),
            ]);
            var index = 0;
            foreach (var e in M.OpenEscalations)
            {
                _items.Add(table.Row(style, index++, e.ProjectId, M.ProjectName(e.ProjectId), T.EnumName(e.Reason),
                    string.IsNullOrWhiteSpace(e.Question) ? e.Summary : e.Question, F.Date(e.RaisedAt),
                    F.Integer((int)(M.Input.GeneratedAtUtc - e.RaisedAt).TotalDays), T.EnumName(e.Status)));
            }
        }

        _items.Add(new HeadingItem(T.DecisionsRequested, major: false));
        if (M.DecisionRequests.Count == 0)
        {
            _items.Add(new ParagraphItem(T.NoneThisMonth, style));
            return;
        }

        var requests = new PdfTable([new(T.Code, 62), new(T.Project, 150, WrapLines: 2), new(T.Week, 60), new(T.Question, 498, WrapLines: 4)]);
        var i = 0;
        foreach (var d in M.DecisionRequests)
        {
            _items.Add(requests.Row(style, i++, d.Row.Project.Id, d.Row.Project.Name, d.Update.Week.ToString(), d.Update.DecisionQuestion));
        }
    }

    private void DecisionsTaken()
    {
        Section(T.DecisionsTaken);
        if (M.DecisionsTaken.Count == 0)
        {
            _items.Add(new ParagraphItem(T.NoneThisMonth, style));
            return;
        }

        var table = new PdfTable(
        [
            new(T.Date, 64), new(T.Code, 62), new(T.Project, 120, WrapLines: 2), new(T.Decision, 220, WrapLines: 3),
            new(T.Outcome, 80), new(T.DecidedBy, 100, WrapLines: 2), new(T.Forum, 124, WrapLines: 2),
        ]);
        var index = 0;
        foreach (var d in M.DecisionsTaken)
        {
            _items.Add(table.Row(style, index++, F.Date(d.DecidedAt), d.ProjectId, M.ProjectName(d.ProjectId), d.Title,
                T.EnumName(d.Outcome), d.DecidedBy, d.Forum));
        }
    }

    private void Compliance()
    {
        Section(T.ComplianceSection);
        _items.Add(new ParagraphItem(T.ComplianceIntro, style, muted: true));
        if (M.NonCompliant.Count == 0)
        {
            _items.Add(new ParagraphItem(T.AllCompliant, style));
            return;
        }

        var table = new PdfTable(
        [
            new(T.Code, 62), new(T.Project, 176), new(T.Manager, 130), new(T.Requested, 66, SKTextAlign.Right),
            new(T.BeforeReminder, 106, SKTextAlign.Right), new(T.AfterReminder, 96, SKTextAlign.Right), new(T.Missed, 62, SKTextAlign.Right),
            new(T.Compliance, 72, SKTextAlign.Right),
        ]);
        var index = 0;
        foreach (var r in M.NonCompliant)
        {
            if (index % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            _items.Add(table.Row(style, index++, r.Project.Id, r.Project.Name, r.Project.Manager.Name, F.Integer(r.Requested),
                F.Integer(r.BeforeReminder), F.Integer(r.AfterReminder), F.Integer(r.Missed), r.Compliance is { } c ? F.Percent(c) : "–"));
        }
    }

    private void Ranking()
    {
        Section(T.Ranking);
        _items.Add(new ParagraphItem(string.Format(F.Culture, T.RankingNoteFormat, Math.Min(RankingRows, M.Ranked.Count), M.Ranked.Count), style, muted: true));
        var table = new PdfTable(
        [
            new(T.Rank, 44, SKTextAlign.Right), new(T.Code, 62), new(T.Project, 220), new(T.Portfolio, 140), new(T.Phase, 80),
            new(T.Score, 60, SKTextAlign.Right), new(T.Overall, 44, SKTextAlign.Center), new(T.BudgetVariance, 70, SKTextAlign.Right),
        ]);
        var index = 0;
        foreach (var r in M.Ranked.Take(RankingRows))
        {
            _items.Add(table.Row(style, index++, F.Integer(r.Rank), r.Project.Id, r.Project.Name, r.Project.Portfolio,
                T.EnumName(r.Project.Phase), r.PriorityScore.ToString("0.0", F.Culture), Rag(r.Overall), F.SignedPercent(r.Project.Budget.VarianceRatio)));
        }
    }

    private void Budget()
    {
        Section(T.BudgetSection);
        var table = new PdfTable(
        [
            new(T.Portfolio, 190), new(T.Projects, 60, SKTextAlign.Right), new(M.WithCurrency(T.Approved), 110, SKTextAlign.Right),
            new(M.WithCurrency(T.ActualToDate), 110, SKTextAlign.Right), new(M.WithCurrency(T.Forecast), 110, SKTextAlign.Right),
            new(M.WithCurrency(T.Variance), 100, SKTextAlign.Right),
            new(T.BudgetVariance, 70, SKTextAlign.Right),
        ]);
        var index = 0;
        foreach (var b in M.Budgets)
        {
            _items.Add(table.Row(style, index++, b.Portfolio, F.Integer(b.Projects), F.Money(b.Approved), F.Money(b.ActualToDate),
                F.Money(b.Forecast), F.SignedMoney(b.Variance), F.SignedPercent(b.VarianceRatio)));
        }

        _items.Add(new ChartsItem(M, ChartKind.BudgetByPortfolio));
    }

    private void Capacity()
    {
        if (M.Capacity is { } grid)
        {
            Section(T.CapacitySection);
            _items.AddRange(new PdfCapacity(grid, T, F, style).HeatMap());
        }
    }

    private PdfCell Rag(Rag? rag) => new(T.RagShortOf(rag), rag is null ? null : Palette.Of(rag));
}
