namespace Pmo.Application.Mail;

/// <summary>The wording of the arbitration e-mails (pack with vote link, reminder, outcome) in one language.</summary>
public sealed record ArbitrationMailTexts(
    Func<YearMonth, string> PackSubject,
    Func<YearMonth, string> ReminderSubject,
    Func<YearMonth, int, string, string> PackBody,
    Func<string, string> ReminderBody,
    IReadOnlyList<string> AgendaHeaders,
    string VoteButton,
    string VoteHint,
    Func<string, VoteChoice, string> OutcomeSubject,
    Func<string, string, VoteChoice, string> OutcomeBody,
    Func<VoteChoice, string> Choice)
{
    public static ArbitrationMailTexts En { get; } = new(
        PackSubject: month => $"Arbitration session {month}: the agenda and your vote",
        ReminderSubject: month => $"Reminder: your vote for the arbitration session {month}",
        PackBody: (month, count, deadline) => $"The arbitration committee decides on {count} {(count == 1 ? "demand" : "demands")} this month ({month}), ranked below by weighted score. Please vote GO, NO-GO or Defer on each before {deadline}.",
        ReminderBody: deadline => $"You have not voted on every demand of this month's agenda yet. Votes close on {deadline}; a member who does not vote is counted neither for nor against.",
        AgendaHeaders: ["#", "Demand", "Department", "Score", "Estimated budget", "Duration (months)"],
        VoteButton: "Vote on the agenda",
        VoteHint: "The link is yours: it opens the whole agenda. You may change a vote until the deadline; the last one counts.",
        OutcomeSubject: (title, choice) => $"Arbitration outcome for \"{title}\": {(choice == VoteChoice.Defer ? "deferred" : choice == VoteChoice.Go ? "GO" : "NO-GO")}",
        OutcomeBody: (title, reason, choice) => choice switch
        {
            VoteChoice.Go => $"The arbitration committee pronounced a GO for your demand \"{title}\". The project is created as approved; the PMO will name its project manager. {reason}",
            VoteChoice.NoGo => $"The arbitration committee pronounced a NO-GO for your demand \"{title}\". {reason}",
            _ => $"The arbitration committee deferred your demand \"{title}\"; the PMO may put it on a later session's agenda. {reason}",
        },
        Choice: choice => choice switch { VoteChoice.Go => "GO", VoteChoice.NoGo => "NO-GO", _ => "Defer" });

    public static ArbitrationMailTexts Fr { get; } = new(
        PackSubject: month => $"Comité d'arbitrage {month}\u202F: l'ordre du jour et votre vote",
        ReminderSubject: month => $"Rappel\u202F: votre vote pour le comité d'arbitrage {month}",
        PackBody: (month, count, deadline) => $"Le comité d'arbitrage se prononce sur {count} {(count <= 1 ? "demande" : "demandes")} ce mois-ci ({month}), classées ci-dessous par score pondéré. Merci de voter GO, NO-GO ou Report sur chacune avant le {deadline}.",
        ReminderBody: deadline => $"Vous n'avez pas encore voté sur toutes les demandes de l'ordre du jour. Les votes sont clos le {deadline}\u202F; un membre qui ne vote pas n'est compté ni pour ni contre.",
        AgendaHeaders: ["N°", "Demande", "Direction", "Score", "Budget estimé", "Durée (mois)"],
        VoteButton: "Voter sur l'ordre du jour",
        VoteHint: "Ce lien vous est personnel\u202F: il ouvre tout l'ordre du jour. Vous pouvez changer un vote jusqu'à la clôture\u202F; le dernier compte.",
        OutcomeSubject: (title, choice) => $"Décision d'arbitrage pour «\u202F{title}\u202F»\u202F: {(choice == VoteChoice.Defer ? "reportée" : choice == VoteChoice.Go ? "GO" : "NO-GO")}",
        OutcomeBody: (title, reason, choice) => choice switch
        {
            VoteChoice.Go => $"Le comité d'arbitrage a prononcé un GO pour votre demande «\u202F{title}\u202F». Le projet est créé au statut approuvé\u202F; le PMO en nommera le chef de projet. {reason}",
            VoteChoice.NoGo => $"Le comité d'arbitrage a prononcé un NO-GO pour votre demande «\u202F{title}\u202F». {reason}",
            _ => $"Le comité d'arbitrage a reporté votre demande «\u202F{title}\u202F»\u202F; le PMO pourra l'inscrire à une prochaine séance. {reason}",
        },
        Choice: choice => choice switch { VoteChoice.Go => "GO", VoteChoice.NoGo => "NO-GO", _ => "Report" });
}

public sealed partial record MailTexts
{
    /// <summary>The arbitration e-mails' wording in these texts' language.</summary>
    public ArbitrationMailTexts Arbitration => Code == "fr" ? ArbitrationMailTexts.Fr : ArbitrationMailTexts.En;
}
