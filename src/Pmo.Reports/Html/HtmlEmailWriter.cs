namespace Pmo.Reports.Html;

/// <summary>
/// The e-mail summary: table layout with inline styles (what mail clients render), charts by cid. Every list is capped,
/// so the HTML stays well under 100 KB at any portfolio size; the full tables are in the PDF and XLSX.
/// </summary>
internal sealed class HtmlEmailWriter(PackModel model)
{
    public const int TopRisks = 10;
    public const int MaxListed = 10;

    private readonly StringBuilder _html = new(32 * 1024);
    private HtmlBlocks? _blocks;
    private IReadOnlyList<ChartImage> _charts = [];

    private Text.PackText T => model.Text;

    private Text.PackFormat F => model.Format;

    private HtmlBlocks Blocks => _blocks ??= new HtmlBlocks(_html, T, F);

    public HtmlEmail Write(IReadOnlyList<ChartImage> charts)
    {
        _charts = charts;
        var month = T.MonthName(model.Input.Month);
        var org = model.Input.OrganisationName;
        var subject = string.Format(F.Culture, T.SubjectFormat, org, month);
        var lang = model.Input.Language == Language.Fr ? "fr" : "en";

        Blocks.Open(lang, subject, org, $"{T.Title} — {month}", $"{T.GeneratedOn} {F.DateTimeUtc(model.Input.GeneratedAtUtc)}");

        Summary(charts);
        Exceptions();
        Risks(charts);
        Escalations();
        DecisionsTaken();
        Budget();
        CapacityHeatMap();
        Blocks.Close(T.EmailFullPackNote);
        return new HtmlEmail(subject, _html.ToString(), charts);
    }

    private void Summary(IReadOnlyList<ChartImage> charts)
    {
        H(T.ExecutiveSummary);
        Head(T.Kpi, T.ThisMonth, T.LastMonth, T.Trend);
        foreach (var line in KpiLines.For(model))
        {
            Row(Text(line.Label), Right(line.Now), Right(line.Before), Center(line.Arrow));
        }

        End();
        Image(charts, ChartKind.RagDistribution, T.ChartRag);
        Image(charts, ChartKind.ComplianceTrend, T.ChartCompliance);
    }

    private void Exceptions()
    {
        H(T.Exceptions);
        if (model.Exceptions.Count == 0)
        {
            P(T.NoExceptions);
            return;
        }

        var shown = Math.Max(0, model.Input.MaxExceptionsInEmail);
        Head(T.Project, T.Manager, T.Overall, T.Difficulties, T.HelpNeeded);
        foreach (var r in model.Exceptions.Take(shown))
        {
            Row(
                $"<strong>{HtmlText.Encode(r.Project.Id, 40)}</strong><br>{HtmlText.Encode(r.Project.Name, 120)}",
                Text(r.Project.Manager.Name),
                Badge(r.Overall) + " " + Arrows.Of(r.Trend),
                Text(r.Latest?.Difficulties, 300),
                Text(r.Latest?.HelpNeeded, 300));
        }

        End();
        More(model.Exceptions.Count - shown);
    }

    private void Risks(IReadOnlyList<ChartImage> charts)
    {
        H(T.RiskSection);
        Image(charts, ChartKind.RiskHeatMap, T.ChartHeatMap);
        if (model.OpenRisksByScore.Count == 0)
        {
            return;
        }

        Head(T.Project, T.Risk, T.Score, T.Owner, T.Mitigation);
        foreach (var risk in model.OpenRisksByScore.Take(TopRisks))
        {
            Row(Text(model.ProjectName(risk.ProjectId), 80), Text(risk.Title, 150), Right(F.Integer(risk.Score)), Text(risk.Owner, 60), Text(risk.Mitigation, 200));
        }

        End();
        More(model.OpenRisksByScore.Count - TopRisks);
    }

    private void Escalations()
    {
        H(T.EscalationsSection);
        if (model.OpenEscalations.Count == 0 && model.DecisionRequests.Count == 0)
        {
            P(T.NoneThisMonth);
            return;
        }

        if (model.OpenEscalations.Count > 0)
        {
            Head(T.Project, T.Reason, T.Question, T.AgeDays);
            foreach (var e in model.OpenEscalations.Take(MaxListed))
            {
                var age = F.Integer((int)(model.Input.GeneratedAtUtc - e.RaisedAt).TotalDays);
                Row(Text(model.ProjectName(e.ProjectId), 80), Text(T.EnumName(e.Reason)), Text(string.IsNullOrWhiteSpace(e.Question) ? e.Summary : e.Question, 300), Right(age));
            }

            End();
            More(model.OpenEscalations.Count - MaxListed);
        }

        if (model.DecisionRequests.Count > 0)
        {
            H3(T.DecisionsRequested);
            Head(T.Project, T.Week, T.Question);
            foreach (var d in model.DecisionRequests.Take(MaxListed))
            {
                Row(Text(d.Row.Project.Name, 80), Text(d.Update.Week.ToString()), Text(d.Update.DecisionQuestion, 300));
            }

            End();
            More(model.DecisionRequests.Count - MaxListed);
        }
    }

    private void DecisionsTaken()
    {
        H(T.DecisionsTaken);
        if (model.DecisionsTaken.Count == 0)
        {
            P(T.NoneThisMonth);
            return;
        }

        Head(T.Date, T.Project, T.Decision, T.Outcome);
        foreach (var d in model.DecisionsTaken.Take(MaxListed))
        {
            Row(Text(F.Date(d.DecidedAt)), Text(model.ProjectName(d.ProjectId), 80), Text(d.Title, 200), Text(T.EnumName(d.Outcome)));
        }

        End();
        More(model.DecisionsTaken.Count - MaxListed);
    }

    private void Budget()
    {
        H(T.BudgetSection);
        Image(_charts, ChartKind.BudgetByPortfolio, T.ChartBudget);
        Head(T.Portfolio, T.Projects, model.WithCurrency(T.Approved), model.WithCurrency(T.Forecast), T.BudgetVariance);
        foreach (var b in model.Budgets.Take(MaxListed))
        {
            Row(Text(b.Portfolio, 60), Right(F.Integer(b.Projects)), Right(F.Money(b.Approved)), Right(F.Money(b.Forecast)), Right(F.SignedPercent(b.VarianceRatio)));
        }

        End();
        More(model.Budgets.Count - MaxListed);
    }

    private void CapacityHeatMap()
    {
        if (model.Capacity is { } grid)
        {
            H(T.CapacitySection);
            new CapacityHtml(Blocks, T, F).HeatMap(grid);
        }
    }

    private void H(string title) => Blocks.H(title);

    private void H3(string title) => Blocks.H3(title);

    private void P(string text) => Blocks.P(text);

    private void More(int count) => Blocks.More(count);

    private void Image(IReadOnlyList<ChartImage> charts, ChartKind kind, string alt)
    {
        var chart = charts.First(c => c.Kind == kind);
        _html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:8px 0;\"><img src=\"cid:{chart.ContentId}\" alt=\"{HtmlText.Encode(alt)}\" width=\"600\" style=\"display:block;max-width:100%;height:auto;border:1px solid #e0e0e0;\"></p>");
    }

    private void Head(params string[] headers) => Blocks.Head(headers);

    private void Row(params string[] cells) => Blocks.Row(cells);

    private void End() => Blocks.End();

    private static string Text(string? text, int maxLength = 120) => HtmlBlocks.Text(text, maxLength);

    private static string Right(string text) => HtmlBlocks.Right(text);

    private static string Center(string text) => HtmlBlocks.Center(text);

    private string Badge(Rag? rag)
    {
        var fill = Palette.Of(rag);
        var ink = Palette.On(fill);
        var name = rag is { } r ? T.RagNames[(int)r] : T.NoStatus;
        return $"<span style=\"display:inline-block;padding:1px 6px;border-radius:3px;background:{Palette.Hex(fill)};color:{Palette.Hex(ink)};font-weight:bold;font-size:12px;\">{HtmlText.Encode(name)}</span>";
    }
}
