namespace Pmo.Api.Forms;

/// <summary>The committee member's page: the situation, the question, the four options and a comment.</summary>
public static class DecisionPageView
{
    public static string Render(DecisionPage page, FormTexts t, Language language, FieldErrors errors, string action)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(errors);
        var e = page.Escalation;
        var p = page.Project;
        var culture = CultureInfo.GetCultureInfo(language == Language.Fr ? "fr-FR" : "en-GB");
        var h = new HtmlWriter();
        h.Tag("h1", $"{t.DecisionTitle} — {p.Name}");
        h.Tag("h2", t.Situation);
        h.Raw("<table><tbody>");
        Row(h, t.Project, $"{p.Id} · {p.Name} · {p.Manager.Name}");
        Row(h, t.Reason, t.ReasonText(e.Reason));
        Row(h, t.RaisedOn, e.RaisedAt.ToString("d MMMM yyyy", culture));
        h.Raw("<tr><th scope=\"row\">RAG</th><td>");
        var rag = p.LatestRag?.ToString() ?? "None";
        h.Raw("<span class=\"rag rag-").Raw(rag).Raw("\">").Text(p.LatestRag is { } r ? t.Rag(r) : "—").Raw("</span></td></tr>");
        Row(h, t.Budget, string.Create(culture, $"{p.Budget.Approved:N0} {p.Budget.Currency} {t.Approved} · {p.Budget.ForecastAtCompletion:N0} {p.Budget.Currency} {t.Forecast}"));
        h.Raw("</tbody></table>");
        h.Tag("p", e.Summary);
        if (e.Question.Length > 0)
        {
            h.Tag("h2", t.Question).Tag("p", e.Question);
        }

        if (errors.Any)
        {
            h.Raw("<div class=\"errors\" role=\"alert\"><ul>");
            foreach (var (field, messages) in errors.All)
            {
                h.Raw("<li>").Text(Typography.Labelled(field, string.Join(" ", messages), language)).Raw("</li>");
            }

            h.Raw("</ul></div>");
        }

        h.Raw("<form method=\"post\" action=\"").Raw(HtmlWriter.Attr(action)).Raw("\"><fieldset><legend>").Text(t.YourDecision).Raw("</legend>");
        foreach (var (outcome, label) in new[] { (DecisionOutcome.Approve, t.Approve), (DecisionOutcome.Reject, t.Reject), (DecisionOutcome.Defer, t.Defer), (DecisionOutcome.RequestInformation, t.RequestInformation) })
        {
            var id = "outcome-" + outcome;
            h.Raw($"<label for=\"{id}\"><input type=\"radio\" id=\"{id}\" name=\"outcome\" value=\"{outcome}\" required> ").Text(label).Raw("</label>");
        }

        h.Raw("</fieldset><label for=\"comment\">").Text(t.Comment).Raw("</label><textarea id=\"comment\" name=\"comment\" maxlength=\"4000\"></textarea>");
        h.Raw("<button type=\"submit\">").Text(t.Decide).Raw("</button></form>");
        return h.ToString();
    }

    public static string Confirmation(Decision decision, FormTexts t)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(t);
        return new HtmlWriter().Tag("h1", t.DecisionTitle)
            .Raw("<div class=\"ok\" role=\"status\" id=\"confirmation\"><p><strong>").Text(t.DecisionRecorded).Raw("</strong></p><p>")
            .Text($"{decision.Title} — {OutcomeLabel(decision.Outcome, t)}").Raw("</p></div>").ToString();
    }

    /// <summary>The option as the member chose it on the page ("Reporter", not "Defer", on a French page).</summary>
    private static string OutcomeLabel(DecisionOutcome outcome, FormTexts t) => outcome switch
    {
        DecisionOutcome.Approve => t.Approve,
        DecisionOutcome.Reject => t.Reject,
        DecisionOutcome.Defer => t.Defer,
        _ => t.RequestInformation,
    };

    private static void Row(HtmlWriter h, string label, string value) =>
        h.Raw("<tr><th scope=\"row\">").Text(label).Raw("</th><td>").Text(value).Raw("</td></tr>");
}
