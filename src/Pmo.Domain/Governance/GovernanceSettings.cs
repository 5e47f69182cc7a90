using Pmo.Domain.Intake;

namespace Pmo.Domain.Governance;

/// <summary>
/// When each event of the governance calendar happens, as cron expressions (5 fields, Cronos syntax)
/// read in the organisation's time zone. Defaults are those of docs/design.md.
/// </summary>
public sealed record CalendarTimes
{
    public string ChaseOpens { get; init; } = "0 9 * * MON";
    public string FirstReminder { get; init; } = "0 12 * * WED";
    public string SecondReminder { get; init; } = "0 17 * * THU";
    public string MarkedMissed { get; init; } = "0 12 * * FRI";
    public string WeeklyDigest { get; init; } = "0 14 * * FRI";

    /// <summary>First business day of the month at 07:00 ("1W" = the weekday nearest the 1st, within the month).</summary>
    public string MonthlyReview { get; init; } = "0 7 1W * *";
}

/// <summary>Thresholds of the five default escalation rules.</summary>
public sealed record EscalationThresholds
{
    public int RedWeeksRunning { get; init; } = 2;

    /// <summary>Escalate when the forecast at completion exceeds the approved budget by more than this fraction.</summary>
    public decimal BudgetOverrunRatio { get; init; } = 0.10m;
    public int MilestoneSlipDays { get; init; } = 30;
    public int MissedUpdatesRunning { get; init; } = 2;
    public bool EscalateCriticalIssues { get; init; } = true;
}

/// <summary>Service level of an escalation: when the committee is reminded, when the chair is asked to convene it.</summary>
public sealed record EscalationSla
{
    public TimeSpan CommitteeReminderAfter { get; init; } = TimeSpan.FromDays(3);
    public TimeSpan ConveneAfter { get; init; } = TimeSpan.FromDays(7);
}

/// <summary>Thresholds from which a RAG per dimension is suggested to the project manager.</summary>
public sealed record RagThresholds
{
    public int ScheduleAmberSlipDays { get; init; } = 10;
    public int ScheduleRedSlipDays { get; init; } = 30;
    public decimal BudgetAmberOverrunRatio { get; init; } = 0.05m;
    public decimal BudgetRedOverrunRatio { get; init; } = 0.10m;
    public int RisksAmberScore { get; init; } = 12;
    public int RisksRedScore { get; init; } = 20;
}

/// <summary>Weights of the prioritisation criteria (any non-negative numbers; they are normalised).</summary>
public sealed record PriorityWeights(
    decimal StrategicAlignment = 3,
    decimal BusinessValue = 3,
    decimal Urgency = 2,
    decimal RiskReduction = 1,
    decimal Feasibility = 1);

/// <summary>Who receives what: the PMO, the monthly review board, the management committee and its chair.</summary>
public sealed record GovernanceRecipients
{
    public IReadOnlyList<Contact> Pmo { get; init; } = [];
    public IReadOnlyList<Contact> ReviewBoard { get; init; } = [];
    public IReadOnlyList<Contact> Committee { get; init; } = [];
    public Contact? CommitteeChair { get; init; }
}

/// <summary>The organisation's governance calendar settings: one document per tenant.</summary>
public sealed record GovernanceSettings : IAggregate
{
    public const string SingletonId = "governance-settings";

    public string Id => SingletonId;
    public string OrganisationName { get; init; } = "PMO";
    public string TimeZone { get; init; } = "Europe/Paris";
    public Language DefaultLanguage { get; init; } = Language.En;
    public CalendarTimes Calendar { get; init; } = new();

    /// <summary>The review pack goes to the board on its own when the PMO has not approved it within this delay.</summary>
    public TimeSpan PackAutoApproveAfter { get; init; } = TimeSpan.FromHours(24);
    public EscalationThresholds Escalation { get; init; } = new();
    public EscalationSla Sla { get; init; } = new();
    public RagThresholds Rag { get; init; } = new();
    public PriorityWeights PriorityWeights { get; init; } = new();
    public GovernanceRecipients Recipients { get; init; } = new();

    /// <summary>The arbitration committee and its monthly session (issue 24); documents saved before it get the defaults.</summary>
    public IntakeSettings Intake { get; init; } = new();
}
