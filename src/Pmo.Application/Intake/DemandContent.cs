namespace Pmo.Application.Intake;

/// <summary>
/// What a requester (or an integrator on their behalf) writes in a demand: everything but its id, status and history,
/// which only the service sets. Missing members default to empty so that validation names each of them.
/// </summary>
public sealed record DemandContent
{
    public string Title { get; init; } = "";
    public Contact Sponsor { get; init; } = new("", "");
    public string Department { get; init; } = "";
    public string BusinessCase { get; init; } = "";
    public string ExpectedBenefits { get; init; } = "";
    public Money EstimatedBudget { get; init; } = new(0m);
    public int EstimatedDurationMonths { get; init; }
    public PriorityCriteria Scores { get; init; } = new();
    public IReadOnlyList<DemandAttachment> Attachments { get; init; } = [];

    /// <summary>The people the project would need, by role and month; optional (an empty list states none).</summary>
    public IReadOnlyList<DemandStaffing> Staffing { get; init; } = [];
    public Contact Requester { get; init; } = new("", "");

    /// <summary>The demand's content replaced by this one (trimmed); status, history and dates are kept.</summary>
    public Demand ApplyTo(Demand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return demand with
        {
            Title = Title.Trim(),
            Sponsor = Trim(Sponsor),
            Department = Department.Trim(),
            BusinessCase = BusinessCase.Trim(),
            ExpectedBenefits = ExpectedBenefits.Trim(),
            EstimatedBudget = EstimatedBudget with { Currency = EstimatedBudget.Currency.Trim().ToUpperInvariant() },
            EstimatedDurationMonths = EstimatedDurationMonths,
            Scores = Scores,
            Attachments = [.. Attachments.Select(Trim)],
            Staffing = [.. (Staffing ?? []).Select(Trim)],
            Requester = Trim(Requester),
        };
    }

    /// <summary>The content of <paramref name="demand"/>, e.g. to pre-fill the amend form.</summary>
    public static DemandContent From(Demand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return new DemandContent
        {
            Title = demand.Title,
            Sponsor = demand.Sponsor,
            Department = demand.Department,
            BusinessCase = demand.BusinessCase,
            ExpectedBenefits = demand.ExpectedBenefits,
            EstimatedBudget = demand.EstimatedBudget,
            EstimatedDurationMonths = demand.EstimatedDurationMonths,
            Scores = demand.Scores,
            Attachments = demand.Attachments,
            Staffing = demand.Staffing,
            Requester = demand.Requester,
        };
    }

    /// <summary>JSON does not enforce the list's non-null items: a null one is kept for the validator to name.</summary>
    private static DemandAttachment Trim(DemandAttachment attachment) =>
        attachment is null ? attachment! : new DemandAttachment(attachment.Title.Trim(), attachment.Url.Trim());

    private static DemandStaffing Trim(DemandStaffing staffing) =>
        staffing is null ? staffing! : staffing with { Role = (staffing.Role ?? "").Trim() };

    private static Contact Trim(Contact contact) => contact with { Name = contact.Name.Trim(), Email = contact.Email.Trim() };
}
