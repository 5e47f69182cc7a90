namespace Pmo.Application.Mail;

public sealed partial record MailTexts
{
    public static MailTexts Fr { get; } = new(
        Code: "fr",
        Culture: CultureInfo.GetCultureInfo("fr-FR"),
        Hello: name => $"Bonjour {name},",
        InviteSubject: (project, week) => $"Point hebdomadaire {project} – {week}",
        InviteBody: (project, week, due) => $"Merci d'envoyer le point d'avancement de {project} pour la semaine {week} avant le {due}.",
        InviteHint: "Le formulaire reprend les réponses de la semaine dernière\u202F: modifiez ce qui a changé, ajoutez vos difficultés, l'aide attendue et les nouveaux sujets.",
        FillInButton: "Remplir le point",
        FirstReminderSubject: (project, week) => $"Relance\u202F: point hebdomadaire {project} – {week}",
        FirstReminderBody: (project, week, due) => $"Nous n'avons pas encore reçu le point {week} de {project}. Merci de l'envoyer avant le {due}.",
        SecondReminderSubject: (project, week) => $"Seconde relance\u202F: point hebdomadaire {project} – {week}",
        SecondReminderBody: (project, week, due) => $"Le point {week} de {project} manque toujours. Merci de l'envoyer avant le {due}\u202F: passé ce délai, il est signalé manquant au PMO.",
        SecondReminderSponsorBody: (project, manager, week, due) => $"Pour information, en tant que sponsor\u202F: {manager} n'a pas envoyé le point {week} de {project}. S'il n'arrive pas avant le {due}, il est signalé manquant au PMO.",
        MissedSubject: (project, week) => $"Point hebdomadaire manquant\u202F: {project} – {week}",
        MissedBody: (project, manager, week) => $"{manager} n'a pas envoyé le point {week} de {project} malgré deux relances.",
        DigestSubject: week => $"Synthèse hebdomadaire – {week}",
        DigestSummary: (total, beforeReminder, afterReminder, missed) =>
            $"{FrCount(total, "projet", "projets")}\u202F: {FrCount(beforeReminder + afterReminder, "point reçu", "points reçus")} dans les délais ({beforeReminder} sans relance, {afterReminder} après relance), {FrCount(missed, "manquant", "manquants")}.",
        DigestHeaders: ["Projet", "Réponse", "Météo", "Difficultés", "Aide attendue", "Nouveaux sujets"],
        Outcome: outcome => outcome switch
        {
            ChaseOutcome.OnTimeBeforeReminder => "dans les délais, sans relance",
            ChaseOutcome.OnTimeAfterReminder => "dans les délais, après relance",
            ChaseOutcome.Missed => "manquant",
            _ => "non relancé",
        },
        PackApprovalSubject: month => $"Revue de portefeuille {month}\u202F: dossier à valider",
        PackApprovalBody: (month, auto) => $"Le dossier de revue de portefeuille {month} est prêt. Validez-le pour l'envoyer au comité de revue\u202F; sans réponse il partira automatiquement le {auto}.",
        ApproveButton: "Valider le dossier",
        PackSubject: month => $"Revue de portefeuille – {month}",
        PackIntro: month => $"Veuillez trouver ci-dessous le dossier de revue de portefeuille {month}, avec le PDF et le XLSX complets en pièces jointes.",
        EscalationSubject: project => $"Décision attendue\u202F: {project}",
        EscalationReminderSubject: project => $"Relance – décision attendue\u202F: {project}",
        EscalationBody: (project, summary) => $"{project} est remonté au comité de direction. {summary}",
        QuestionLabel: "Question posée au comité\u202F:",
        DecideBy: due => $"Merci de décider avant le {due}\u202F: approuver, refuser, reporter ou demander des informations, avec un commentaire.",
        DecideButton: "Décider",
        ConveneSubject: project => $"Merci de réunir le comité de direction\u202F: {project}",
        ConveneBody: (project, raised) => $"L'escalade de {project} ouverte le {raised} n'est toujours pas décidée. Merci de réunir le comité.",
        DecisionSubject: (project, outcome) => $"Décision du comité sur {project}\u202F: {Fr!.OutcomeName(outcome)}",
        DecisionBody: (project, decidedBy, outcome, rationale) =>
            $"Le comité de direction ({decidedBy}) a décidé «\u202F{Fr!.OutcomeName(outcome)}\u202F» pour {project}." + (rationale.Length > 0 ? $" Commentaire\u202F: {rationale}" : ""),
        OutcomeName: outcome => outcome switch
        {
            DecisionOutcome.Approve => "approuver",
            DecisionOutcome.Reject => "refuser",
            DecisionOutcome.Defer => "reporter",
            _ => "demande d'informations",
        },
        Footer: "Envoyé par le calendrier de gouvernance du PMO. Les liens sont personnels\u202F: ne transférez pas ce message.",
        ListName: organisation => NamesThePmo(organisation) ? $"Calendrier {organisation}" : $"Calendrier PMO {organisation}");
}
