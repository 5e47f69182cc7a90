namespace Pmo.Api.Intake;

/// <summary>
/// Turns the intake form's text into a demand's content. Text that does not parse is reported on its field in the
/// page's language; the domain's rules are then checked on every other field, so one round trip shows every problem.
/// </summary>
public static class IntakeFormReader
{
    public static (DemandContent Content, FieldErrors Errors) Read(IntakeFormValues values, Language language)
    {
        ArgumentNullException.ThrowIfNull(values);
        var t = FormTexts.For(language);
        var it = IntakeTexts.For(language);
        var errors = new FieldErrors();

        var amount = 0m;
        var amountText = values["estimatedBudget.amount"];
        if (amountText.Trim().Length > 0 && !FormNumbers.TryParseAmount(amountText, out amount))
        {
            errors.Add("estimatedBudget.amount", t.NotANumber);
        }

        var duration = WholeNumber(values, "estimatedDurationMonths", errors, it);
        var scores = IntakeFormValues.ScoreFields.Select(f => Score(values, f, errors, t)).ToArray();
        var staffing = Enumerable.Range(0, values.StaffingCount).Select(i => Staffing(values, i, errors, t, it)).ToList();
        var content = new DemandContent
        {
            Title = values["title"],
            Department = values["department"],
            Sponsor = new Contact(values["sponsor.name"], values["sponsor.email"]),
            Requester = new Contact(values["requester.name"], values["requester.email"], values["requester.language"] == "fr" ? Language.Fr : Language.En),
            BusinessCase = values["businessCase"],
            ExpectedBenefits = values["expectedBenefits"],
            EstimatedBudget = new Money(amount, values["estimatedBudget.currency"]),
            EstimatedDurationMonths = duration,
            Scores = new PriorityCriteria(scores[0], scores[1], scores[2], scores[3], scores[4]),
            Attachments = [.. Enumerable.Range(0, values.AttachmentCount)
                .Select(i => new DemandAttachment(values[IntakeFormValues.AttachmentTitle(i)], values[IntakeFormValues.AttachmentUrl(i)]))],
            Staffing = staffing,
        };

        if (errors.Any)
        {
            var reported = errors.All.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            var preview = content.ApplyTo(new Demand { Id = "preview", Title = "", Sponsor = content.Sponsor, EstimatedBudget = content.EstimatedBudget, Requester = content.Requester });
            errors.AddAll(DemandValidator.Validate(preview), language, reported);
        }

        return (content, errors);
    }

    /// <summary>
    /// One staffing row. A month that is not "2027-03" or days that are not a number are reported here; an empty month or
    /// empty days are left to the domain (default month, 0 days), which names them with its own rules.
    /// </summary>
    private static DemandStaffing Staffing(IntakeFormValues values, int i, FieldErrors errors, FormTexts t, IntakeTexts it)
    {
        var monthText = values[IntakeFormValues.StaffingMonth(i)].Trim();
        var month = default(YearMonth);
        if (monthText.Length > 0 && !YearMonth.TryParse(monthText, out month))
        {
            errors.Add(IntakeFormValues.StaffingMonth(i), it.NotAMonth);
        }

        var days = 0m;
        var daysText = values[IntakeFormValues.StaffingDays(i)];
        if (daysText.Trim().Length > 0 && !FormNumbers.TryParseAmount(daysText, out days))
        {
            errors.Add(IntakeFormValues.StaffingDays(i), t.NotANumber);
        }

        return new DemandStaffing(values[IntakeFormValues.StaffingRole(i)], month, days);
    }

    private static int WholeNumber(IntakeFormValues values, string field, FieldErrors errors, IntakeTexts it)
    {
        var text = values[field].Trim();
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(field, it.NotAWholeNumber);
        return 0;
    }

    private static int Score(IntakeFormValues values, string field, FieldErrors errors, FormTexts t)
    {
        if (int.TryParse(values[field], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 5)
        {
            return n;
        }

        errors.Add(field, t.ChooseOne);
        return 3;
    }
}
