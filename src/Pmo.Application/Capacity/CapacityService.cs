namespace Pmo.Application.Capacity;

/// <summary>
/// Resource capacity (issue 24): people, their allocations to projects, the capacity view and the staffing preview.
/// Validates every input field by field, checks references (an allocation names an existing person and project) and
/// honours ETags on people; the arithmetic is the domain's (<see cref="Domain.Capacity.CapacityView"/>,
/// <see cref="Domain.Capacity.StaffingCheck"/>). The topics are split over the partial files next to this one.
/// </summary>
public sealed partial class CapacityService(IPortfolioStore store)
{
    public const string PersonKind = "Person";
    public const string AllocationKind = "Allocation";

    /// <summary>The widest month range a view or a listing covers: two years, as far as any plan looks.</summary>
    public const int MaxMonths = 24;

    /// <summary>The most lines a staffing preview takes (a team of 40 over a year is 480).</summary>
    public const int MaxStaffingLines = 500;
}
