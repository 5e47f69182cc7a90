namespace Pmo.Domain.Intake;

/// <summary>
/// Settings of the intake and arbitration cycle, proposed as their own record (not yet part of the governance settings
/// document). The session's schedule is a 5-field cron (Cronos syntax, "#2" = the second such weekday of the month)
/// read in the organisation's time zone, like the events of <see cref="Governance.CalendarTimes"/>.
/// </summary>
public sealed record IntakeSettings
{
    public IReadOnlyList<Contact> ArbitrationCommittee { get; init; } = [];
    public Contact? Chair { get; init; }
    public ArbitrationRule Rule { get; init; } = ArbitrationRule.Majority;

    /// <summary>When the committee meets (votes close then): the second Tuesday of the month at 14:00.</summary>
    public string SessionSchedule { get; init; } = "0 14 * * TUE#2";

    /// <summary>The pack goes out this long before the session: the members' time to vote.</summary>
    public TimeSpan VoteWindow { get; init; } = TimeSpan.FromDays(5);

    /// <summary>Members who have not voted on every demand are reminded this long after the pack went out.</summary>
    public TimeSpan ReminderAfter { get; init; } = TimeSpan.FromDays(3);

    /// <summary>A person's load (allocated ÷ available) above this percentage counts towards the over-allocation rule.</summary>
    public decimal OverAllocationThresholdPercent { get; init; } = 110m;

    /// <summary>Consecutive months above the threshold before the PMO's escalation.</summary>
    public int OverAllocationMonthsRunning { get; init; } = 2;
}
