namespace Pmo.Api.Intake;

/// <summary>
/// The intake form (a new demand, or the amendment of a returned one): each error beside its field and listed on top,
/// every value as the person typed it. <c>version</c> is the demand as the amend form showed it, posted back so a change
/// made in between is a conflict rather than a lost update.
/// </summary>
public static partial class IntakeFormPage
{
    public static string Render(
        IntakeFormValues values, FieldErrors errors, Language language, string action, Demand? amending = null, string? version = null, string? alert = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        var t = FormTexts.For(language);
        var it = IntakeTexts.For(language);

        var h = new HtmlWriter();
        h.Tag("h1", amending is null ? it.NewTitle : $"{it.AmendTitle} — {amending.Title}");
        h.Tag("p", amending is null ? it.NewLead : $"{amending.Id} · {it.AmendLead}", "lead");
        if (amending?.ReturnedComment is { Length: > 0 } comment)
        {
            h.Raw("<p class=\"deadline\" id=\"returned-comment\" role=\"note\">")
                .Text(Typography.Labelled(it.ReturnedComment, comment, language)).Raw("</p>");
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
                h.Raw("<li>").Text(Typography.Labelled(Label(field, it), string.Join(" ", messages), language)).Raw("</li>");
            }

            h.Raw("</ul></div>");
        }

        h.Raw("<form method=\"post\" action=\"").Raw(HtmlWriter.Attr(action)).Raw("\" novalidate>");
        if (version is not null)
        {
            h.Raw("<input type=\"hidden\" name=\"version\" value=\"").Raw(HtmlWriter.Attr(version)).Raw("\">");
        }

        Input(h, values, errors, "title", it.Title, "text", "maxlength=\"200\"");
        Input(h, values, errors, "department", it.Department, "text", "maxlength=\"200\"");
        Area(h, values, errors, "businessCase", it.BusinessCase);
        Area(h, values, errors, "expectedBenefits", it.ExpectedBenefits);

        h.Raw("<fieldset><legend>").Text(it.Budget).Raw("</legend><div class=\"grid\"><div>");
        Input(h, values, errors, "estimatedBudget.amount", it.Amount, "text", "inputmode=\"decimal\"");
        h.Raw("</div><div>");
        Input(h, values, errors, "estimatedBudget.currency", it.Currency, "text", "maxlength=\"3\" autocapitalize=\"characters\"");
        h.Raw("</div><div>");
        Input(h, values, errors, "estimatedDurationMonths", it.Duration, "text", "inputmode=\"numeric\"");
        h.Raw("</div></div></fieldset>");

        h.Raw("<fieldset><legend>").Text(it.Scores).Raw("</legend>");
        h.Tag("p", it.ScoresHint, "muted");
        h.Raw("<div class=\"grid\">");
        string[] labels = [it.StrategicAlignment, it.BusinessValue, it.Urgency, it.RiskReduction, it.Feasibility];
        for (var i = 0; i < labels.Length; i++)
        {
            Score(h, values, errors, IntakeFormValues.ScoreFields[i], labels[i]);
        }

        h.Raw("</div></fieldset>");

        Person(h, values, errors, "sponsor", it.Sponsor, it, withLanguage: false);
        Person(h, values, errors, "requester", it.Requester, it, withLanguage: true);

        Staffing(h, values, errors, it);

        h.Raw("<fieldset><legend>").Text(it.Attachments).Raw("</legend>");
        h.Tag("p", it.AttachmentsHint, "muted");
        Error(h, errors, "attachments");
        var rows = Math.Min(values.AttachmentCount + IntakeFormValues.SpareAttachmentRows, DemandValidator.MaxAttachments);
        for (var i = 0; i < rows; i++)
        {
            h.Raw("<div class=\"grid\"><div>");
            Input(h, values, errors, IntakeFormValues.AttachmentTitle(i), $"{it.AttachmentTitle} {i + 1}", "text", "maxlength=\"200\"");
            h.Raw("</div><div>");
            Input(h, values, errors, IntakeFormValues.AttachmentUrl(i), $"{it.AttachmentUrl} {i + 1}", "text", "inputmode=\"url\" placeholder=\"https://\"");
            h.Raw("</div></div>");
        }

        h.Raw("</fieldset>");
        h.Raw("<button type=\"submit\">").Text(amending is null ? it.Send : it.SendAmended).Raw("</button></form>");
        return h.ToString();
    }

    /// <summary>The confirmation: the demand's reference and what happens next.</summary>
    public static string Confirmation(Demand demand, Language language, bool amended)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var it = IntakeTexts.For(language);
        return new HtmlWriter()
            .Tag("h1", amended ? it.AmendTitle : it.NewTitle)
            .Raw("<div class=\"ok\" role=\"status\" id=\"confirmation\"><p><strong>").Text(amended ? it.Resubmitted : it.Received).Raw("</strong></p><p>")
            .Text($"{demand.Title}. {it.WhatNext(demand.Id)}").Raw("</p></div>")
            .ToString();
    }

    /// <summary>The rows already filled, then a few blank ones; labels carry the row number ("Role or skill 2").</summary>
    private static void Staffing(HtmlWriter h, IntakeFormValues values, FieldErrors errors, IntakeTexts it)
    {
        h.Raw("<fieldset id=\"staffing\"><legend>").Text(it.Staffing).Raw("</legend>");
        h.Tag("p", it.StaffingHint, "muted");
        Error(h, errors, "staffing");
        var rows = Math.Min(values.StaffingCount + IntakeFormValues.SpareStaffingRows, DemandValidator.MaxStaffingRows);
        for (var i = 0; i < rows; i++)
        {
            var row = i + 1;
            h.Raw("<div class=\"grid\"><div>");
            Input(h, values, errors, IntakeFormValues.StaffingRole(i), $"{it.StaffingRole} {row}", "text", $"maxlength=\"{DemandValidator.MaxRoleLength}\"");
            h.Raw("</div><div>");
            Input(h, values, errors, IntakeFormValues.StaffingMonth(i), $"{it.StaffingMonth} {row}", "text", "maxlength=\"7\" placeholder=\"2027-03\"");
            h.Raw("</div><div>");
            Input(h, values, errors, IntakeFormValues.StaffingDays(i), $"{it.StaffingDays} {row}", "text", "inputmode=\"decimal\"");
            h.Raw("</div></div>");
        }

        h.Raw("</fieldset>");
    }

    private static void Person(HtmlWriter h, IntakeFormValues values, FieldErrors errors, string prefix, string legend, IntakeTexts it, bool withLanguage)
    {
        h.Raw("<fieldset><legend>").Text(legend).Raw("</legend><div class=\"grid\"><div>");
        Input(h, values, errors, $"{prefix}.name", it.Name, "text", "maxlength=\"200\" autocomplete=\"off\"");
        h.Raw("</div><div>");
        Input(h, values, errors, $"{prefix}.email", it.Email, "text", "inputmode=\"email\" maxlength=\"254\" autocomplete=\"off\"");
        h.Raw("</div>");
        if (withLanguage)
        {
            var field = $"{prefix}.language";
            var id = Id(field);
            h.Raw("<div><label for=\"").Raw(id).Raw("\">").Text(it.Language).Raw("</label>");
            Error(h, errors, field);
            h.Raw("<select id=\"").Raw(id).Raw("\" name=\"").Raw(field).Raw("\">");
            foreach (var (code, name) in new[] { ("en", "English"), ("fr", "Français") })
            {
                h.Raw("<option value=\"").Raw(code).Raw("\"").Raw(values[field] == code ? " selected" : "").Raw(">").Text(name).Raw("</option>");
            }

            h.Raw("</select></div>");
        }

        h.Raw("</div></fieldset>");
    }

    private static void Score(HtmlWriter h, IntakeFormValues values, FieldErrors errors, string field, string label)
    {
        var id = Id(field);
        h.Raw("<div><label for=\"").Raw(id).Raw("\">").Text(label).Raw("</label>");
        Error(h, errors, field);
        h.Raw("<select id=\"").Raw(id).Raw("\" name=\"").Raw(field).Raw("\">");
        for (var n = 1; n <= 5; n++)
        {
            var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            h.Raw("<option value=\"").Raw(text).Raw("\"").Raw(values[field] == text ? " selected" : "").Raw(">").Raw(text).Raw("</option>");
        }

        h.Raw("</select></div>");
    }

    private static void Input(HtmlWriter h, IntakeFormValues values, FieldErrors errors, string field, string label, string type, string extra)
    {
        var id = Id(field);
        h.Raw("<label for=\"").Raw(id).Raw("\">").Text(label).Raw("</label>");
        Error(h, errors, field);
        h.Raw($"<input type=\"{type}\" id=\"{id}\" name=\"{field}\" value=\"").Raw(HtmlWriter.Attr(values[field])).Raw("\" ").Raw(extra)
            .Raw(errors.For(field).Count > 0 ? " aria-invalid=\"true\"" : "").Raw(">");
    }

    private static void Area(HtmlWriter h, IntakeFormValues values, FieldErrors errors, string field, string label)
    {
        h.Raw("<label for=\"").Raw(field).Raw("\">").Text(label).Raw("</label>");
        Error(h, errors, field);
        h.Raw("<textarea id=\"").Raw(field).Raw("\" name=\"").Raw(field).Raw("\" maxlength=\"4000\"")
            .Raw(errors.For(field).Count > 0 ? " aria-invalid=\"true\"" : "").Raw(">").Text(values[field]).Raw("</textarea>");
    }

    private static void Error(HtmlWriter h, FieldErrors errors, string field)
    {
        foreach (var message in errors.For(field))
        {
            h.Tag("p", message, "field-error");
        }
    }

    /// <summary>"estimatedBudget.amount" → "estimatedBudget-amount", "attachments[0].url" → "attachments-0--url".</summary>
    private static string Id(string field) => field.Replace('.', '-').Replace('[', '-').Replace(']', '-');

    /// <summary>The label a person reads for a field path in the error summary.</summary>
    private static string Label(string field, IntakeTexts it) => field switch
    {
        "title" => it.Title,
        "department" => it.Department,
        "businessCase" => it.BusinessCase,
        "expectedBenefits" => it.ExpectedBenefits,
        "estimatedBudget.amount" => $"{it.Budget} – {it.Amount}",
        "estimatedBudget.currency" => $"{it.Budget} – {it.Currency}",
        "estimatedDurationMonths" => it.Duration,
        "scores.strategicAlignment" => it.StrategicAlignment,
        "scores.businessValue" => it.BusinessValue,
        "scores.urgency" => it.Urgency,
        "scores.riskReduction" => it.RiskReduction,
        "scores.feasibility" => it.Feasibility,
        "sponsor.name" => $"{it.Sponsor} – {it.Name}",
        "sponsor.email" => $"{it.Sponsor} – {it.Email}",
        "requester.name" => $"{it.Requester} – {it.Name}",
        "requester.email" => $"{it.Requester} – {it.Email}",
        "requester.language" => it.Language,
        _ when field.StartsWith("attachments", StringComparison.Ordinal) => it.Attachments,
        _ when StaffingField().Match(field) is { Success: true } m => StaffingLabel(m, it),
        _ when field.StartsWith("staffing", StringComparison.Ordinal) => it.Staffing,
        _ => field,
    };

    /// <summary>"staffing[1].days" → "People needed (optional) – Days 2": the row as numbered on the page.</summary>
    private static string StaffingLabel(Match field, IntakeTexts it)
    {
        var row = int.Parse(field.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
        var column = field.Groups[2].Value switch
        {
            "role" => it.StaffingRole,
            "month" => it.StaffingMonth,
            _ => it.StaffingDays,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{it.Staffing} – {column} {row}");
    }

    [GeneratedRegex(@"^staffing\[(\d{1,3})\]\.(role|month|days)$", RegexOptions.None, 100)]
    private static partial Regex StaffingField();
}
