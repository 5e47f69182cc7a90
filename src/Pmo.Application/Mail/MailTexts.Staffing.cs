namespace Pmo.Application.Mail;

/// <summary>
/// The wording of the new project manager's welcome in one language. Instants arrive already written by
/// <see cref="MailTexts.When"/>, so the deadline reads exactly as in the weekly invitation.
/// </summary>
public sealed record StaffingMailTexts(
    Func<string, string> WelcomeSubject,
    Func<string, string, string> WelcomeBody,
    Func<string, string> BudgetLine,
    Func<string, string, string> InvitationArrives,
    Func<string, string> AnswerBefore,
    Func<string, string> MonthlyReview,
    IReadOnlyList<string> TeamHeaders,
    string NoTeam,
    string Closing)
{
    public static StaffingMailTexts En { get; } = new(
        WelcomeSubject: project => $"You are now the project manager of {project}",
        WelcomeBody: (project, sponsor) => $"The PMO has named you project manager of {project}, sponsored by {sponsor}. Here is what the governance calendar expects of you.",
        BudgetLine: budget => $"Approved budget: {budget}.",
        InvitationArrives: (email, opens) => $"Every week the invitation to send the project's status update arrives by e-mail at {email}, with a personal link to the form; the first one arrives on {opens}, and the next ones on the same day and time each week.",
        AnswerBefore: due => $"Please answer before {due}. Reminders come before that deadline; an update not sent by then is reported to the PMO as missed.",
        MonthlyReview: review => $"Your weekly answers feed the monthly portfolio review: the next pack is assembled on {review} and goes to the review board.",
        TeamHeaders: ["Team member", "Month", "Days"],
        NoTeam: "No team member is allocated to the project yet.",
        Closing: "The links in the invitations are personal: do not forward them.");

    public static StaffingMailTexts Fr { get; } = new(
        WelcomeSubject: project => $"Vous êtes désormais chef de projet de {project}",
        WelcomeBody: (project, sponsor) => $"Le PMO vous a nommé chef de projet de {project}, dont le sponsor est {sponsor}. Voici ce que le calendrier de gouvernance attend de vous.",
        BudgetLine: budget => $"Budget approuvé\u202F: {budget}.",
        InvitationArrives: (email, opens) => $"Chaque semaine, l'invitation à envoyer le point d'avancement du projet arrive par e-mail à {email}, avec un lien personnel vers le formulaire\u202F; la première arrive le {opens}, les suivantes le même jour à la même heure chaque semaine.",
        AnswerBefore: due => $"Merci de répondre avant le {due}. Des relances précèdent cette échéance\u202F; un point non envoyé à temps est signalé au PMO comme manquant.",
        MonthlyReview: review => $"Vos points hebdomadaires alimentent la revue mensuelle du portefeuille\u202F: le prochain dossier est préparé le {review} et transmis au comité de revue.",
        TeamHeaders: ["Membre de l'équipe", "Mois", "Jours"],
        NoTeam: "Aucun membre d'équipe n'est encore affecté au projet.",
        Closing: "Les liens des invitations sont personnels\u202F: ne les transférez pas.");
}

public sealed partial record MailTexts
{
    /// <summary>The new project manager's welcome in these texts' language.</summary>
    public StaffingMailTexts Staffing => Code == "fr" ? StaffingMailTexts.Fr : StaffingMailTexts.En;
}
