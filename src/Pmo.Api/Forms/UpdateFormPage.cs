namespace Pmo.Api.Forms;

/// <summary>
/// The weekly update form: the deadline, last week's answers pre-filled (or this week's, as an amendment), and each
/// error beside its field. <c>version</c> is the answer the form amends, posted back so a stale amendment is a conflict.
/// </summary>
public static class UpdateFormPage
{
    public static string Render(
        UpdateForm form, StatusUpdateDraft? values, FieldErrors errors, FormTexts t, Language language, TimeZoneInfo zone, string action,
        string? version = null, string? alert = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(zone);
        var project = form.Project;
        var v = values ?? form.Prefill;
        var deadline = When(form.Request.Deadline, language, zone);

        var h = new HtmlWriter();
        h.Tag("h1", $"{t.UpdateTitle} — {project.Name}");
        h.Raw("<p class=\"lead\">").Text($"{project.Id} · {form.Request.Week} · {t.UpdateLead}").Raw("</p>");
        h.Raw("<p class=\"deadline\"><strong>").Text(t.Deadline).Raw("</strong> <time id=\"deadline\" datetime=\"")
            .Raw(form.Request.Deadline.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Raw("\">")
            .Text(deadline).Raw("</time></p>");
        if (form.Answered is { } answered)
        {
            h.Raw("<p class=\"deadline\" id=\"amendment\" role=\"note\">")
                .Text(AmendmentTexts.Banner(language, When(answered.SubmittedAt, language, zone, withZone: false), deadline)).Raw("</p>");
        }
        else if (form.Prefill is not null && values is null)
        {
            h.Tag("p", t.Prefilled, "muted");
        }

        if (alert is not null)
        {
            h.Raw("<div class=\"errors\" role=\"alert\" id=\"conflict\"><p>").Text(alert).Raw("</p></div>");
        }

        if (errors.Any)
        {
            h.Raw("<div class=\"errors\" role=\"alert\" id=\"errors\"><p><strong>").Text(t.FixErrors).Raw("</strong></p><ul>");
            foreach (var (field, messages) in errors.All)
            {
                h.Raw("<li>").Text(Typography.Labelled(Label(field, t), string.Join(" ", messages), language)).Raw("</li>");
            }

            h.Raw("</ul></div>");
        }

        h.Raw("<form method=\"post\" action=\"").Raw(HtmlWriter.Attr(action)).Raw("\" novalidate>");
        if (version is not null)
        {
            h.Raw("<input type=\"hidden\" name=\"version\" value=\"").Raw(HtmlWriter.Attr(version)).Raw("\">");
        }

        h.Raw("<fieldset><legend>").Text(t.Overall).Raw("</legend>");
        Error(h, errors, "overall");

        // After a failed post without a choice, no option is shown as chosen.
        var overall = errors.For("overall").Count > 0 ? (Rag?)null : v?.Overall;
        foreach (var rag in Enum.GetValues<Rag>())
        {
            var id = "overall-" + rag;
            h.Raw($"<label for=\"{id}\"><input type=\"radio\" id=\"{id}\" name=\"overall\" value=\"{rag}\"")
                .Raw(overall == rag ? " checked" : "").Raw(" required> <span class=\"rag rag-").Raw(rag.ToString()).Raw("\">").Text(t.Rag(rag)).Raw("</span></label>");
        }

        h.Raw("</fieldset>");

        h.Raw("<fieldset><legend>").Text(t.Dimensions).Raw("</legend><div class=\"grid\">");
        var d = v?.Dimensions;
        Dimension(h, errors, t, "dimensions.schedule", t.Schedule, d?.Schedule);
        Dimension(h, errors, t, "dimensions.budget", t.Budget, d?.Budget);
        Dimension(h, errors, t, "dimensions.scope", t.Scope, d?.Scope);
        Dimension(h, errors, t, "dimensions.resources", t.Resources, d?.Resources);
        Dimension(h, errors, t, "dimensions.risks", t.Risks, d?.Risks);
        h.Raw("</div></fieldset>");

        Input(h, errors, "progressPercent", t.Progress, "number", v?.ProgressPercent.ToString(CultureInfo.InvariantCulture) ?? "", "min=\"0\" max=\"100\" step=\"1\" inputmode=\"numeric\"");
        Area(h, errors, "accomplishments", t.Accomplishments, v?.Accomplishments);
        Area(h, errors, "nextSteps", t.NextSteps, v?.NextSteps);
        Area(h, errors, "difficulties", t.Difficulties, v?.Difficulties);
        Area(h, errors, "helpNeeded", t.HelpNeeded, v?.HelpNeeded);
        Area(h, errors, "newTopics", t.NewTopics, v?.NewTopics);
        h.Raw("<div class=\"grid\"><div>");
        Input(h, errors, "budgetActualToDate", $"{t.BudgetActual} ({project.Budget.Currency})", "text", HtmlWriter.Attr(v?.BudgetActualToDate ?? project.Budget.ActualToDate), "inputmode=\"decimal\"");
        h.Raw("</div><div>");
        Input(h, errors, "budgetForecastAtCompletion", $"{t.BudgetForecast} ({project.Budget.Currency})", "text", HtmlWriter.Attr(v?.BudgetForecastAtCompletion ?? project.Budget.ForecastAtCompletion), "inputmode=\"decimal\"");
        h.Raw("</div></div>");

        if (project.Milestones.Count > 0)
        {
            h.Raw("<fieldset><legend>").Text(t.MilestoneForecasts).Raw("</legend><div class=\"grid\">");
            for (var i = 0; i < project.Milestones.Count; i++)
            {
                var m = project.Milestones[i];
                var forecast = v?.MilestoneForecasts.FirstOrDefault(f => f.Name == m.Name)?.Forecast ?? m.Forecast ?? m.Baseline;
                var label = $"{m.Name} ({m.Baseline:yyyy-MM-dd})";
                h.Raw("<div>");
                Input(h, errors, $"milestoneForecasts[{i}].forecast", label, "date", forecast.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", $"milestone.{i}");
                h.Raw("</div>");
            }

            h.Raw("</div></fieldset>");
        }

        h.Raw("<label for=\"needsDecision\"><input type=\"checkbox\" id=\"needsDecision\" name=\"needsDecision\" value=\"true\"")
            .Raw(v?.NeedsDecision == true ? " checked" : "").Raw("> ").Text(t.NeedsDecision).Raw("</label>");
        Area(h, errors, "decisionQuestion", t.DecisionQuestion, v?.DecisionQuestion);
        h.Raw("<button type=\"submit\">").Text(form.IsAmendment ? AmendmentTexts.Submit(language) : t.Submit).Raw("</button></form>");
        return h.ToString();
    }

    /// <summary>The confirmation; <paramref name="changeAgainUntil"/> (the deadline shown) when an answer was amended.</summary>
    public static string Confirmation(UpdateForm form, FormTexts t, Language language = Language.En, string? changeAgainUntil = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(t);
        var amended = changeAgainUntil is not null;
        return new HtmlWriter()
            .Tag("h1", $"{t.UpdateTitle} — {form.Project.Name}")
            .Raw("<div class=\"ok\" role=\"status\" id=\"confirmation\"><p><strong>").Text(amended ? AmendmentTexts.Changed(language) : t.Thanks).Raw("</strong></p><p>")
            .Text($"{form.Project.Id} · {form.Request.Week}. {(amended ? AmendmentTexts.ChangeAgain(language, changeAgainUntil!) : t.ThanksDetail)}").Raw("</p></div>")
            .ToString();
    }

    /// <summary>
    /// An instant on the organisation's wall clock, in the page's language ("Friday 27 November 2026, 12:00 (Europe/Paris)"):
    /// the formatter the e-mails use, so the form's deadline reads exactly as in the invitation and the reminders.
    /// </summary>
    public static string When(DateTimeOffset utc, Language language, TimeZoneInfo zone, bool withZone = true) =>
        WallClockText.Format(utc, zone, language, withZone);

    private static void Dimension(HtmlWriter h, FieldErrors errors, FormTexts t, string name, string label, Rag? value)
    {
        var id = name.Replace('.', '-');
        h.Raw("<div><label for=\"").Raw(id).Raw("\">").Text(label).Raw("</label>");
        Error(h, errors, name);
        h.Raw("<select id=\"").Raw(id).Raw("\" name=\"").Raw(name).Raw("\">");
        foreach (var rag in Enum.GetValues<Rag>())
        {
            h.Raw("<option value=\"").Raw(rag.ToString()).Raw("\"").Raw((value ?? Rag.Green) == rag ? " selected" : "").Raw(">").Text(t.Rag(rag)).Raw("</option>");
        }

        h.Raw("</select></div>");
    }

    private static void Input(HtmlWriter h, FieldErrors errors, string field, string label, string type, string value, string extra, string? name = null)
    {
        var id = (name ?? field).Replace('.', '-').Replace('[', '-').Replace(']', '-');
        h.Raw("<label for=\"").Raw(id).Raw("\">").Text(label).Raw("</label>");
        Error(h, errors, field);
        h.Raw($"<input type=\"{type}\" id=\"{id}\" name=\"{name ?? field}\" value=\"").Raw(HtmlWriter.Attr(value)).Raw("\" ").Raw(extra)
            .Raw(errors.For(field).Count > 0 ? " aria-invalid=\"true\"" : "").Raw(">");
    }

    private static void Area(HtmlWriter h, FieldErrors errors, string name, string label, string? value)
    {
        h.Raw("<label for=\"").Raw(name).Raw("\">").Text(label).Raw("</label>");
        Error(h, errors, name);
        h.Raw("<textarea id=\"").Raw(name).Raw("\" name=\"").Raw(name).Raw("\" maxlength=\"4000\"")
            .Raw(errors.For(name).Count > 0 ? " aria-invalid=\"true\"" : "").Raw(">").Text(value).Raw("</textarea>");
    }

    private static void Error(HtmlWriter h, FieldErrors errors, string field)
    {
        foreach (var message in errors.For(field))
        {
            h.Tag("p", message, "field-error");
        }
    }

    /// <summary>The label a person reads for a field path in the error summary.</summary>
    private static string Label(string field, FormTexts t) => field switch
    {
        "overall" => t.Overall,
        "dimensions.schedule" => t.Schedule,
        "dimensions.budget" => t.Budget,
        "dimensions.scope" => t.Scope,
        "dimensions.resources" => t.Resources,
        "dimensions.risks" => t.Risks,
        "progressPercent" => t.Progress,
        "accomplishments" => t.Accomplishments,
        "nextSteps" => t.NextSteps,
        "difficulties" => t.Difficulties,
        "helpNeeded" => t.HelpNeeded,
        "newTopics" => t.NewTopics,
        "budgetActualToDate" => t.BudgetActual,
        "budgetForecastAtCompletion" => t.BudgetForecast,
        "decisionQuestion" => t.DecisionQuestion,
        _ when field.StartsWith("milestoneForecasts", StringComparison.Ordinal) => t.MilestoneForecasts,
        _ => field,
    };
}
