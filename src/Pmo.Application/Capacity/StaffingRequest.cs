namespace Pmo.Application.Capacity;

/// <summary>
/// The project manager a staffing names: either a person of /api/people (<see cref="PersonId"/>), or a contact given in
/// full (<see cref="Name"/> and <see cref="Email"/>). <see cref="Language"/> is the language of their e-mails (English
/// when absent), as for every contact.
/// </summary>
public sealed record StaffingManager(string? PersonId = null, string? Name = null, string? Email = null, Language? Language = null);

/// <summary>The body of <c>POST /api/projects/{id}/staffing</c>: the PM and the team, which replaces the project's allocations.</summary>
public sealed record StaffingRequest(StaffingManager? Manager, IReadOnlyList<StaffingLine>? Team);

/// <summary>
/// A confirmed staffing: the project's manager (and whether the call changed it, which is when the welcome e-mail goes
/// out), the team as written, each team member's load across projects per month once it is written (the staffing
/// preview's computation), the PM's own load over the same months with the active projects they manage, and the
/// decision-log entry that records it.
/// </summary>
public sealed record ProjectStaffing(
    string ProjectId,
    Contact Manager,
    bool ManagerChanged,
    IReadOnlyList<StaffingLine> Team,
    StaffingResult Loads,
    IReadOnlyList<PersonMonthLoad> ManagerWorkload,
    IReadOnlyList<string> ManagerProjects,
    string DecisionId);
