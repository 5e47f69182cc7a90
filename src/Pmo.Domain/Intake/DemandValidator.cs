namespace Pmo.Domain.Intake;

/// <summary>
/// Validation of a demand, every invalid field by its camelCase JSON path ("estimatedBudget.amount",
/// "scores.urgency", "attachments[1].url"), as <see cref="Validators"/> does for the portfolio's documents.
/// </summary>
public static class DemandValidator
{
    public const int MaxAttachments = 20;
    public const int MaxDurationMonths = 120;

    /// <summary>Rows of requested staffing: five roles over a year fit, a demand is not a resource plan.</summary>
    public const int MaxStaffingRows = 60;

    /// <summary>A role's name as the people records spell it ("Data engineer"), not a description.</summary>
    public const int MaxRoleLength = 100;

    /// <summary>Days of one role in one month: a team of 100 full-time people; more is a typing slip.</summary>
    public const decimal MaxStaffingDays = 2000;

    /// <summary>Months a staffing request may name: anything else is a typing slip (0207-03), not a plan.</summary>
    public static readonly YearMonth FirstStaffingMonth = new(2000, 1);

    public static readonly YearMonth LastStaffingMonth = new(2100, 12);

    public static ValidationErrors Validate(Demand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var errors = new ValidationErrors()
            .DocumentId(demand.Id, "id")
            .Required(demand.Title, "title")
            .Contact(demand.Sponsor, "sponsor")
            .Required(demand.Department, "department")
            .Required(demand.BusinessCase, "businessCase", FieldRules.LongText)
            .Required(demand.ExpectedBenefits, "expectedBenefits", FieldRules.LongText)
            .Range(demand.EstimatedDurationMonths, "estimatedDurationMonths", 1, MaxDurationMonths)
            .Contact(demand.Requester, "requester")
            .Defined(demand.Status, "status")
            .MaxLength(demand.ReturnedComment, "returnedComment", FieldRules.LongText)
            .When(demand.ProjectId is not null && !Identifiers.IsValidProjectId(demand.ProjectId),
                "projectId", "must be the id of a project.");

        ValidateBudget(demand.EstimatedBudget, errors);
        ValidateScores(demand.Scores, errors);
        ValidateAttachments(demand.Attachments, errors);
        ValidateStaffing(demand.Staffing, errors);
        return errors;
    }

    /// <summary>An absolute https URL: the pack and the e-mails link to it, so no other scheme is let through.</summary>
    public static bool IsHttpsUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    private static void ValidateBudget(Money? budget, ValidationErrors errors)
    {
        if (budget is null)
        {
            errors.Add("estimatedBudget", "is required.");
            return;
        }

        errors.When(budget.Amount <= 0, "estimatedBudget.amount", "must be greater than zero.")
            .When(budget.Currency is null || budget.Currency.Length != 3 || !budget.Currency.All(char.IsAsciiLetterUpper),
                "estimatedBudget.currency", "must be a three-letter ISO 4217 code such as EUR.");
    }

    private static void ValidateScores(PriorityCriteria? scores, ValidationErrors errors)
    {
        if (scores is null)
        {
            errors.Add("scores", "is required.");
            return;
        }

        errors.Range(scores.StrategicAlignment, "scores.strategicAlignment", 1, 5)
            .Range(scores.BusinessValue, "scores.businessValue", 1, 5)
            .Range(scores.Urgency, "scores.urgency", 1, 5)
            .Range(scores.RiskReduction, "scores.riskReduction", 1, 5)
            .Range(scores.Feasibility, "scores.feasibility", 1, 5);
    }

    private static void ValidateAttachments(IReadOnlyList<DemandAttachment>? attachments, ValidationErrors errors)
    {
        if (attachments is null)
        {
            return;
        }

        errors.When(attachments.Count > MaxAttachments, "attachments", $"must hold at most {MaxAttachments} links.");
        for (var i = 0; i < attachments.Count; i++)
        {
            var field = FieldRules.Indexed("attachments", i);
            if (attachments[i] is not { } a)
            {
                errors.Add(field, "must not be null.");
                continue;
            }

            errors.Required(a.Title, $"{field}.title")
                .When(!IsHttpsUrl(a.Url), $"{field}.url", "must be an absolute https:// address.")
                .MaxLength(a.Url, $"{field}.url", 2000);
        }
    }

    private static void ValidateStaffing(IReadOnlyList<DemandStaffing>? staffing, ValidationErrors errors)
    {
        if (staffing is null)
        {
            return;
        }

        errors.When(staffing.Count > MaxStaffingRows, "staffing", $"must hold at most {MaxStaffingRows} rows.");
        for (var i = 0; i < staffing.Count && i < MaxStaffingRows; i++)
        {
            var field = FieldRules.Indexed("staffing", i);
            if (staffing[i] is not { } s)
            {
                errors.Add(field, "must not be null.");
                continue;
            }

            errors.Required(s.Role, $"{field}.role", MaxRoleLength)
                .When(s.Month < FirstStaffingMonth || s.Month > LastStaffingMonth, $"{field}.month",
                    $"must be a month between {FirstStaffingMonth} and {LastStaffingMonth}.")
                .When(s.Days <= 0, $"{field}.days", "must be greater than zero.")
                .When(s.Days > MaxStaffingDays, $"{field}.days", string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxStaffingDays} days."));
        }
    }
}
