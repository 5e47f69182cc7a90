namespace Pmo.Api.Calendar;

/// <summary>
/// The calendar feed's name and each governance event's title and description, in English and French (the organisation's
/// language; French typography: U+202F before : ; ? !). A title names the week or month it concerns.
/// </summary>
public sealed record CalendarFeedTexts
{
    public required string Name { get; init; }
    public required Func<CalendarEvent, string> Title { get; init; }
    public required Func<CalendarEvent, string> Description { get; init; }

    public static CalendarFeedTexts For(Language language) => language == Language.Fr ? Fr : En;

    public static readonly CalendarFeedTexts En = new()
    {
        Name = "PMO governance calendar",
        Title = e => e.Kind switch
        {
            CalendarEventKind.ChaseOpens => $"Weekly update requests sent ({e.Week})",
            CalendarEventKind.FirstReminder => $"First reminder for missing updates ({e.Week})",
            CalendarEventKind.SecondReminder => $"Second reminder, sponsors copied ({e.Week})",
            CalendarEventKind.MarkedMissed => $"Missing updates marked missed ({e.Week})",
            CalendarEventKind.WeeklyDigest => $"Weekly operational update digest ({e.Week})",
            CalendarEventKind.MonthlyReview => $"Monthly portfolio review pack ({e.Month})",
            CalendarEventKind.ArbitrationPackSent => $"Arbitration pack sent, votes open ({e.Month})",
            _ => $"Arbitration committee session, votes close ({e.Month})",
        },
        Description = e => e.Kind switch
        {
            CalendarEventKind.ChaseOpens => $"Each project manager receives the request for the {e.Week} update, with a link to the form pre-filled with last week's answers.",
            CalendarEventKind.FirstReminder => $"Project managers who have not sent their {e.Week} update yet are reminded.",
            CalendarEventKind.SecondReminder => $"Last reminder for the {e.Week} updates still missing, with each project's sponsor copied.",
            CalendarEventKind.MarkedMissed => $"The {e.Week} updates not received by now are marked missed and reported.",
            CalendarEventKind.WeeklyDigest => $"The PMO receives the digest of the {e.Week} updates, the agenda of the weekly operational update.",
            CalendarEventKind.MonthlyReview => $"The review pack of {e.Month} (HTML, PDF, XLSX) goes to the PMO for approval, then to the review board.",
            CalendarEventKind.ArbitrationPackSent => "The arbitration committee receives the ranked qualified requests, the remaining budget and the capacity view, with a link to vote GO, NO-GO or Defer on each request.",
            _ => "Votes close as the arbitration committee meets. Each request's outcome is recorded in the decision log, each GO becomes an approved project and the requesters are told.",
        },
    };

    public static readonly CalendarFeedTexts Fr = new()
    {
        Name = "Calendrier de gouvernance du PMO",
        Title = e => e.Kind switch
        {
            CalendarEventKind.ChaseOpens => $"Demandes de point hebdomadaire envoyées ({e.Week})",
            CalendarEventKind.FirstReminder => $"Première relance des points manquants ({e.Week})",
            CalendarEventKind.SecondReminder => $"Seconde relance, sponsors en copie ({e.Week})",
            CalendarEventKind.MarkedMissed => $"Points manquants déclarés non reçus ({e.Week})",
            CalendarEventKind.WeeklyDigest => $"Synthèse du point opérationnel hebdomadaire ({e.Week})",
            CalendarEventKind.MonthlyReview => $"Dossier de revue mensuelle du portefeuille ({e.Month})",
            CalendarEventKind.ArbitrationPackSent => $"Dossier d'arbitrage envoyé, ouverture des votes ({e.Month})",
            _ => $"Comité d'arbitrage, clôture des votes ({e.Month})",
        },
        Description = e => e.Kind switch
        {
            CalendarEventKind.ChaseOpens => $"Chaque chef de projet reçoit la demande du point {e.Week}, avec un lien vers le formulaire prérempli des réponses de la semaine précédente.",
            CalendarEventKind.FirstReminder => $"Les chefs de projet qui n'ont pas encore envoyé leur point {e.Week} sont relancés.",
            CalendarEventKind.SecondReminder => $"Dernière relance pour les points {e.Week} toujours manquants, avec le sponsor de chaque projet en copie.",
            CalendarEventKind.MarkedMissed => $"Les points {e.Week} non reçus à cette heure sont déclarés manquants et signalés.",
            CalendarEventKind.WeeklyDigest => $"Le PMO reçoit la synthèse des points {e.Week}, ordre du jour du point opérationnel hebdomadaire.",
            CalendarEventKind.MonthlyReview => $"Le dossier de revue de {e.Month} (HTML, PDF, XLSX) part au PMO pour approbation, puis au comité de revue.",
            CalendarEventKind.ArbitrationPackSent => "Le comité d'arbitrage reçoit les demandes qualifiées classées, le budget restant et la vue des capacités, avec un lien pour voter GO, NO-GO ou Reporter sur chaque demande.",
            _ => "Les votes sont clos à la réunion du comité d'arbitrage. La décision sur chaque demande est inscrite au journal des décisions, chaque GO devient un projet approuvé et les demandeurs sont informés.",
        },
    };
}
