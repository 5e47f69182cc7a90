using System.Globalization;
using System.Text;
using Pmo.Domain.Primitives;
using Pmo.Reports.Charts;
using Pmo.Reports.Drawing;
using Pmo.Reports.Model;

namespace Pmo.Reports.Html;

/// <summary>
/// The e-mail summary: table layout with inline styles (what mail clients render), charts by cid. Every list is capped,
/// so the HTML stays well under 100 KB at any portfolio size; the full tables are in the PDF and XLSX.
/// </summary>
internal sealed class HtmlEmailWriter(PackModel model)
{
    public const int TopRisks = 10;
    public const int MaxListed = 10;

    private const string Cell = "padding:4px 6px;border-bottom:1px solid #e0e0e0;vertical-align:top;";
    private const string HeadCell = "padding:4px 6px;background:#263238;color:#ffffff;text-align:left;font-weight:bold;";
    private const string Table = "border-collapse:collapse;width:100%;font-size:13px;margin:0 0 16px 0;";
    private const string H2 = "font-size:18px;color:#263238;border-bottom:2px solid #00695c;padding-bottom:4px;margin:24px 0 8px 0;";

    private readonly StringBuilder _html = new(32 * 1024);
    private IReadOnlyList<ChartImage> _charts = [];

    private Text.PackText T => model.Text;

    private Text.PackFormat F => model.Format;

    public HtmlEmail Write(IReadOnlyList<ChartImage> charts)
    {
        _charts = charts;
        var month = T.MonthName(model.Input.Month);
        var org = model.Input.OrganisationName;
        var subject = string.Format(F.Culture, T.SubjectFormat, org, month);
        var lang = model.Input.Language == Language.Fr ? "fr" : "en";

        _html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{HtmlText.Encode(subject)}</title></head>");
        _html.Append("<body style=\"margin:0;padding:0;background:#f5f7f8;\">");
        _html.Append("<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;\"><tr><td style=\"padding:16px;\">");
        _html.Append("<div style=\"max-width:760px;margin:0 auto;background:#ffffff;padding:20px;font-family:Arial,Helvetica,sans-serif;color:#212121;\">");
        _html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0;color:#616161;font-size:13px;\">{HtmlText.Encode(org)}</p>");
        _html.Append(CultureInfo.InvariantCulture, $"<h1 style=\"font-size:24px;margin:4px 0 2px 0;color:#263238;\">{HtmlText.Encode(T.Title)} — {HtmlText.Encode(month)}</h1>");
        _html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 12px 0;color:#616161;font-size:12px;\">{HtmlText.Encode(T.GeneratedOn)} {HtmlText.Encode(F.DateTimeUtc(model.Input.GeneratedAtUtc))}</p>");

        Summary(charts);
        Exceptions();
        Risks(charts);
        Escalations();
        DecisionsTaken();
        Budget();
        _html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;color:#616161;\">{HtmlText.Encode(T.EmailFullPackNote, 400)}</p>");
        _html.Append("</div></td></tr></table></body></html>");
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
            _html.Append(CultureInfo.InvariantCulture, $"<h3 style=\"font-size:15px;margin:12px 0 6px 0;\">{HtmlText.Encode(T.DecisionsRequested)}</h3>");
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

    private void H(string title) => _html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"{H2}\">{HtmlText.Encode(title)}</h2>");

    private void P(string text) => _html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;\">{HtmlText.Encode(text, 400)}</p>");

    private void More(int count)
    {
        if (count > 0)
        {
            _html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;color:#616161;font-style:italic;\">{HtmlText.Encode(string.Format(F.Culture, T.MoreInPdfFormat, F.Integer(count)))}</p>");
        }
    }

    private void Image(IReadOnlyList<ChartImage> charts, ChartKind kind, string alt)
    {
        var chart = charts.First(c => c.Kind == kind);
        _html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:8px 0;\"><img src=\"cid:{chart.ContentId}\" alt=\"{HtmlText.Encode(alt)}\" width=\"600\" style=\"display:block;max-width:100%;height:auto;border:1px solid #e0e0e0;\"></p>");
    }

    private void Head(params string[] headers)
    {
        _html.Append(CultureInfo.InvariantCulture, $"<table style=\"{Table}\"><tr>");
        foreach (var h in headers)
        {
            _html.Append(CultureInfo.InvariantCulture, $"<th style=\"{HeadCell}\">{HtmlText.Encode(h)}</th>");
        }

        _html.Append("</tr>");
    }

    /// <summary>Cells are already-encoded HTML fragments (from <see cref="Text(string?, int)"/>, <see cref="Badge"/>…).</summary>
    private void Row(params string[] cells)
    {
        _html.Append("<tr>");
        foreach (var c in cells)
        {
            _html.Append(CultureInfo.InvariantCulture, $"<td style=\"{Cell}\">{c}</td>");
        }

        _html.Append("</tr>");
    }

    private void End() => _html.Append("</table>");

    private static string Text(string? text, int maxLength = 120) => HtmlText.Encode(text, maxLength);

    private static string Right(string text) => $"<div style=\"text-align:right;white-space:nowrap;\">{HtmlText.Encode(text)}</div>";

    private static string Center(string text) => $"<div style=\"text-align:center;\">{HtmlText.Encode(text)}</div>";

    private string Badge(Rag? rag)
    {
        var fill = Palette.Of(rag);
        var ink = Palette.On(fill);
        var name = rag is { } r ? T.RagNames[(int)r] : T.NoStatus;
        return $"<span style=\"display:inline-block;padding:1px 6px;border-radius:3px;background:{Palette.Hex(fill)};color:{Palette.Hex(ink)};font-weight:bold;font-size:12px;\">{HtmlText.Encode(name)}</span>";
    }
}
