namespace Pmo.Application.Mail;

/// <summary>Every e-mail the workflows send; its category string goes into <c>MailMessage.Category</c>.</summary>
public enum MailKind
{
    ChaseInvite,
    FirstReminder,
    SecondReminder,
    UpdateMissed,
    WeeklyDigest,
    PackApproval,
    PackDistribution,
    EscalationNotice,
    EscalationReminder,
    ConveneCommittee,
    DecisionRecorded,
    DemandReturned,
    ArbitrationPack,
    ArbitrationReminder,
    ArbitrationOutcome,
    PmWelcome,
}

public static class MailKinds
{
    /// <summary>"chase-invite", "first-reminder"…: stable names for reporting and tests.</summary>
    public static string Category(this MailKind kind) => kind switch
    {
        MailKind.ChaseInvite => "chase-invite",
        MailKind.FirstReminder => "first-reminder",
        MailKind.SecondReminder => "second-reminder",
        MailKind.UpdateMissed => "update-missed",
        MailKind.WeeklyDigest => "weekly-digest",
        MailKind.PackApproval => "pack-approval",
        MailKind.PackDistribution => "pack-distribution",
        MailKind.EscalationNotice => "escalation-notice",
        MailKind.EscalationReminder => "escalation-reminder",
        MailKind.ConveneCommittee => "convene-committee",
        MailKind.DecisionRecorded => "decision-recorded",
        MailKind.DemandReturned => "demand-returned",
        MailKind.ArbitrationPack => "arbitration-pack",
        MailKind.ArbitrationReminder => "arbitration-reminder",
        MailKind.ArbitrationOutcome => "arbitration-outcome",
        MailKind.PmWelcome => "pm-welcome",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
