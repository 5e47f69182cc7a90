namespace Pmo.Application.Capacity;

/// <summary>A proposed team: <see cref="ProjectId"/> (optional) names the project whose existing days it replaces.</summary>
public sealed record StaffingProposal(IReadOnlyList<StaffingLine> Lines, string? ProjectId = null);

/// <summary>The capacity view over a month range, and the staffing preview of a proposed team.</summary>
public sealed partial class CapacityService
{
    /// <summary>Capacity, allocated, free and over-allocated days per group and month, from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public async Task<CapacityView> GetViewAsync(YearMonth from, YearMonth to, CapacityGrouping groupBy, CancellationToken cancellationToken = default)
    {
        var months = MonthRange(from, to, "from", "to");
        new ValidationErrors().When(!Enum.IsDefined(groupBy), "groupBy", "must be Department, Skill, Role or Person.").ThrowIfInvalid();
        var people = await store.People.ListAllAsync(cancellationToken);
        var allocations = await store.Allocations.ListAsync(new AllocationQuery { From = from, To = to }, cancellationToken);
        return CapacityView.For(people, allocations, months, groupBy);
    }

    /// <summary>
    /// Each proposed person's load per month across their projects once the proposal is added, the person-months it puts
    /// above 100 %, and the days needed per role against what the role has free. With a project id, that project's
    /// existing days are replaced by the proposal rather than added to (re-staffing a project counts it once).
    /// </summary>
    public async Task<StaffingResult> PreviewStaffingAsync(StaffingProposal proposal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var lines = proposal.Lines ?? [];
        var errors = new ValidationErrors()
            .When(lines.Count == 0, "lines", "must name at least one person, month and days.")
            .When(lines.Count > MaxStaffingLines, "lines", $"must have at most {MaxStaffingLines} lines.")
            .When(proposal.ProjectId is { } project && !Identifiers.IsValidProjectId(project), "projectId", "must be a project id.");
        var people = await store.People.ListAllAsync(cancellationToken);
        var known = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        StaffingLines.Check(errors, lines, known, "lines", unique: false);
        errors.ThrowIfInvalid();
        var from = lines.Min(l => l.Month);
        var to = lines.Max(l => l.Month);
        MonthRange(from, to, "lines", "lines");
        var existing = await store.Allocations.ListAsync(new AllocationQuery { From = from, To = to }, cancellationToken);
        var others = existing.Where(a => a.ProjectId != proposal.ProjectId);
        return StaffingCheck.Check(people, others, lines);
    }

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/>; at most <see cref="MaxMonths"/>, in order.</summary>
    internal static List<YearMonth> MonthRange(YearMonth from, YearMonth to, string fromField, string toField)
    {
        var count = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        new ValidationErrors()
            .When(from == default, fromField, "is required.")
            .When(count < 1, toField, $"must not be before {fromField}.")
            .When(count > MaxMonths, toField, $"must be at most {MaxMonths} months after {fromField}.")
            .ThrowIfInvalid();
        // Counted rather than compared, so the last month allowed (9998-12) never asks for the month after it.
        return [.. Enumerable.Range(0, count).Select(i => YearMonth.Of(from.FirstDay.AddMonths(i)))];
    }
}
