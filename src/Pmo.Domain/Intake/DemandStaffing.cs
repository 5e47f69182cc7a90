namespace Pmo.Domain.Intake;

/// <summary>
/// Days of a role (or a skill) a demand asks for in one month: "40 days of Data engineer in March 2027". The committee
/// reads it against the free days of the people who have that role or skill (<see cref="Capacity.StaffingCheck.Needs"/>).
/// </summary>
public sealed record DemandStaffing(string Role, YearMonth Month, decimal Days);
