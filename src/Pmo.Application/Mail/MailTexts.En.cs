namespace Pmo.Application.Mail;

public sealed partial record MailTexts
{
    public static MailTexts En { get; } = new(
        Code: "en",
        Culture: CultureInfo.GetCultureInfo("en-GB"),
        Hello: name => $"Hello {name},",
        InviteSubject: (project, week) => $"Weekly update for {project} – {week}",
        InviteBody: (project, week, due) => $"Please send this week's status update for {project} ({week}) before {due}.",
        InviteHint: "The form is pre-filled with last week's answers: change what moved, add your difficulties, the help you need and any new topic.",
        FillInButton: "Fill in the update",
        FirstReminderSubject: (project, week) => $"Reminder: weekly update for {project} – {week}",
        FirstReminderBody: (project, week, due) => $"We have not received the {week} update for {project} yet. Please send it before {due}.",
        SecondReminderSubject: (project, week) => $"Second reminder: weekly update for {project} – {week}",
        SecondReminderBody: (project, week, due) => $"The {week} update for {project} is still missing. Please send it before {due}: from then on it is reported to the PMO as missed.",
        SecondReminderSponsorBody: (project, manager, week, due) => $"For your information as sponsor: {manager} has not sent the {week} update for {project}. Unless it arrives before {due}, it is reported to the PMO as missed.",
        MissedSubject: (project, week) => $"Missed weekly update: {project} – {week}",
        MissedBody: (project, manager, week) => $"{manager} did not send the {week} update for {project} despite two reminders.",
        DigestSubject: week => $"Weekly digest – {week}",
        DigestSummary: (total, beforeReminder, afterReminder, missed) =>
            $"{EnCount(total, "project", "projects")}: {beforeReminder + afterReminder} answered on time ({beforeReminder} before any reminder, {afterReminder} after a reminder), {missed} missed.",
        DigestHeaders: ["Project", "Answer", "RAG", "Difficulties", "Help needed", "New topics"],
        Outcome: outcome => outcome switch
        {
            ChaseOutcome.OnTimeBeforeReminder => "on time, before any reminder",
            ChaseOutcome.OnTimeAfterReminder => "on time, after a reminder",
            ChaseOutcome.Missed => "missed",
            _ => "not chased",
        },
        PackApprovalSubject: month => $"Portfolio review {month}: pack awaiting your approval",
        PackApprovalBody: (month, auto) => $"The {month} portfolio review pack is ready. Approve it to send it to the review board; without an answer it goes out automatically on {auto}.",
        ApproveButton: "Approve the pack",
        PackSubject: month => $"Portfolio review – {month}",
        PackIntro: month => $"Please find the {month} portfolio review pack below, with the full PDF and XLSX attached.",
        EscalationSubject: project => $"Decision needed: {project}",
        EscalationReminderSubject: project => $"Reminder – decision needed: {project}",
        EscalationBody: (project, summary) => $"{project} is escalated to the management committee. {summary}",
        QuestionLabel: "Question to the committee:",
        DecideBy: due => $"Please decide by {due}: approve, reject, defer or ask for information, with a comment.",
        DecideButton: "Decide",
        ConveneSubject: project => $"Please convene the management committee: {project}",
        ConveneBody: (project, raised) => $"The escalation of {project} raised on {raised} is still undecided. Please convene the committee.",
        DecisionSubject: (project, outcome) => $"Committee decision on {project}: {En!.OutcomeName(outcome)}",
        DecisionBody: (project, decidedBy, outcome, rationale) =>
            $"The management committee ({decidedBy}) decided \"{En!.OutcomeName(outcome)}\" on {project}." + (rationale.Length > 0 ? $" Comment: {rationale}" : ""),
        OutcomeName: outcome => outcome switch
        {
            DecisionOutcome.Approve => "approve",
            DecisionOutcome.Reject => "reject",
            DecisionOutcome.Defer => "defer",
            _ => "request information",
        },
        Footer: "Sent by the PMO governance calendar. Links are personal: do not forward this e-mail.",
        ListName: organisation => NamesThePmo(organisation) ? $"{organisation} calendar" : $"{organisation} PMO calendar");
}
