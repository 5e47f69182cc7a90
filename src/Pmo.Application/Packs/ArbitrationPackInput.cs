namespace Pmo.Application.Packs;

/// <summary>
/// Everything one arbitration pack is rendered from: the session, the qualified demands already ranked
/// (<see cref="DemandRanking.Rank"/>), the portfolio's remaining budget, the capacity of the coming months and what each
/// demand would need of it. Like the review pack, the renderer is a pure function of this record (no clock, no store).
/// </summary>
public sealed record ArbitrationPackInput
{
    public required string OrganisationName { get; init; }

    /// <summary>Language of every heading, label and number/date format of the pack (the committee's).</summary>
    public Language Language { get; init; } = Language.En;

    /// <summary>The month of the arbitration session.</summary>
    public required YearMonth SessionMonth { get; init; }

    /// <summary>When votes close (= the session, <see cref="ArbitrationCalendar"/>), printed on the organisation's wall clock.</summary>
    public required DateTimeOffset DeadlineUtc { get; init; }

    /// <summary>The organisation's time zone (IANA id, the governance settings' <c>TimeZone</c>).</summary>
    public required string TimeZone { get; init; }

    /// <summary>The portfolio's currency (ISO 4217): the requested total is summed in it, next to <see cref="RemainingBudget"/>.</summary>
    public required string Currency { get; init; }

    /// <summary>Printed on the cover and in the footer (UTC).</summary>
    public required DateTimeOffset GeneratedAtUtc { get; init; }

    /// <summary>The agenda: qualified demands with their rank and weighted score, rank 1 first.</summary>
    public required IReadOnlyList<RankedDemand> Demands { get; init; }

    /// <summary>
    /// The active projects' approved budgets minus what they spent to date, in <see cref="Currency"/>: money already given
    /// to running projects and not yet spent. The governance settings hold no portfolio envelope, so the pack labels it
    /// as exactly that rather than as a budget left for new projects.
    /// </summary>
    public required Money RemainingBudget { get; init; }

    /// <summary>Capacity of the coming months (usually 6), by role or skill; null when no capacity is held yet.</summary>
    public CapacityView? Capacity { get; init; }

    /// <summary>Names printed for the capacity groups (person id → name when grouped by person).</summary>
    public IReadOnlyDictionary<string, string> CapacityGroupNames { get; init; } = new Dictionary<string, string>();

    /// <summary>What each demand would need of the capacity (<see cref="StaffingCheck"/>), by demand id; a demand may have none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StaffingNeed>> StaffingNeeds { get; init; } = new Dictionary<string, IReadOnlyList<StaffingNeed>>();

    /// <summary>How many demands the HTML e-mail lists and details before "N more in the PDF" (keeps it under 100 KB).</summary>
    public int MaxDemandsInEmail { get; init; } = 10;
}
