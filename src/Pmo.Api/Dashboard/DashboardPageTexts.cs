namespace Pmo.Api.Dashboard;

/// <summary>The wording of the dashboard's main page, in English and French (narrow no-break space before ":" and "%").</summary>
public sealed record DashboardPageTexts
{
    public required string Lang { get; init; }
    public required CultureInfo Culture { get; init; }

    /// <summary>What a link to another dashboard page appends to keep this language.</summary>
    public string LangQuery => PageLanguage.KeepQuery(Lang);
    public required string PageTitle { get; init; }
    public required string HeadingFormat { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageCode { get; init; }
    public required string NavPortfolio { get; init; }
    public required string NavCompliance { get; init; }
    public required string NavEscalations { get; init; }
    public required string NavPacks { get; init; }
    public required string NavCapacity { get; init; }
    public required string NavOutbox { get; init; }
    public required string PortfolioTitle { get; init; }
    public required string ActiveProjects { get; init; }
    public required string NoStatusTile { get; init; }
    public required string NoStatus { get; init; }
    public required IReadOnlyDictionary<Rag, string> Rags { get; init; }
    public required string Project { get; init; }
    public required string Manager { get; init; }
    public required string RagHeader { get; init; }
    public required string LastUpdate { get; init; }
    public required string ThisWeek { get; init; }
    public required string NotRequested { get; init; }
    public required string OnTimeBeforeReminder { get; init; }
    public required string OnTimeAfterReminder { get; init; }
    public required string MissedAnswer { get; init; }
    public required string AwaitingReminded { get; init; }
    public required string AwaitingRemindedTwice { get; init; }
    public required string AwaitingAnswer { get; init; }
    public required string ComplianceTitle { get; init; }
    public required string Requested { get; init; }
    public required string OnTime { get; init; }
    public required string OnTimeNoteFormat { get; init; }
    public required string Missed { get; init; }
    public required string MissedNote { get; init; }
    public required string Awaiting { get; init; }
    public required string Compliance { get; init; }
    public required string ComplianceNote { get; init; }
    public required string NoRequestYet { get; init; }
    public required string PercentFormat { get; init; }
    public required string EscalationsTitle { get; init; }
    public required string NoEscalation { get; init; }
    public required string Summary { get; init; }
    public required string Status { get; init; }
    public required string Raised { get; init; }
    public required string DateFormat { get; init; }
    public required IReadOnlyDictionary<EscalationStatus, string> EscalationStatuses { get; init; }
    public required string PacksTitle { get; init; }
    public required string NoPack { get; init; }
    public required string PackFormat { get; init; }
    public required IReadOnlyDictionary<ReviewPackStatus, string> PackStatuses { get; init; }
    public required string OutboxTitle { get; init; }
    public required string OutboxEmpty { get; init; }
    public required string SentFormat { get; init; }
    public required string SentDateFormat { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }

    public static DashboardPageTexts For(Language language) => language == Language.Fr ? Fr : En;

    private static readonly DashboardPageTexts En = new()
    {
        Lang = "en",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        PageTitle = "PMO dashboard",
        HeadingFormat = "PMO dashboard — {0}",
        OtherLanguage = "Français",
        OtherLanguageCode = "fr",
        NavPortfolio = "Portfolio",
        NavCompliance = "Compliance",
        NavEscalations = "Escalations",
        NavPacks = "Packs",
        NavCapacity = "Capacity",
        NavOutbox = "Outbox",
        PortfolioTitle = "Portfolio RAG overview",
        ActiveProjects = "Active projects",
        NoStatusTile = "No status yet",
        NoStatus = "none",
        Rags = new Dictionary<Rag, string> { [Rag.Green] = "Green", [Rag.Amber] = "Amber", [Rag.Red] = "Red" },
        Project = "Project",
        Manager = "Manager",
        RagHeader = "RAG",
        LastUpdate = "Last update",
        ThisWeek = "This week",
        NotRequested = "not requested",
        OnTimeBeforeReminder = "on time, before any reminder",
        OnTimeAfterReminder = "on time, after a reminder",
        MissedAnswer = "missed",
        AwaitingReminded = "awaiting answer, reminded",
        AwaitingRemindedTwice = "awaiting answer, reminded twice",
        AwaitingAnswer = "awaiting answer",
        ComplianceTitle = "Update compliance this week",
        Requested = "Requested",
        OnTime = "On time",
        OnTimeNoteFormat = "{0} before any reminder · {1} after a reminder",
        Missed = "Missed",
        MissedNote = "no answer by the deadline",
        Awaiting = "Awaiting answer",
        Compliance = "Compliance",
        ComplianceNote = "on time / requested",
        NoRequestYet = "no request yet",
        PercentFormat = "{0:0}%",
        EscalationsTitle = "Open escalations",
        NoEscalation = "None.",
        Summary = "Summary",
        Status = "Status",
        Raised = "Raised",
        DateFormat = "d MMM yyyy",
        EscalationStatuses = new Dictionary<EscalationStatus, string>
        {
            [EscalationStatus.Open] = "Open",
            [EscalationStatus.CommitteeReminded] = "CommitteeReminded",
            [EscalationStatus.CommitteeConvened] = "CommitteeConvened",
            [EscalationStatus.Decided] = "Decided",
            [EscalationStatus.Withdrawn] = "Withdrawn",
        },
        PacksTitle = "Latest review packs",
        NoPack = "None yet.",
        PackFormat = "{0} — {1} — {2} projects ",
        PackStatuses = new Dictionary<ReviewPackStatus, string>
        {
            [ReviewPackStatus.Assembling] = "Assembling",
            [ReviewPackStatus.AwaitingApproval] = "AwaitingApproval",
            [ReviewPackStatus.Approved] = "Approved",
            [ReviewPackStatus.Distributed] = "Distributed",
            [ReviewPackStatus.Failed] = "Failed",
        },
        OutboxTitle = "Mail outbox",
        OutboxEmpty = "Empty.",
        SentFormat = "Sent ({0})",
        SentDateFormat = "ddd d MMM yyyy, HH:mm",
        To = "To",
        Subject = "Subject",
    };

    private static readonly DashboardPageTexts Fr = new()
    {
        Lang = "fr",
        Culture = CultureInfo.GetCultureInfo("fr-FR"),
        PageTitle = "Tableau de bord du PMO",
        HeadingFormat = "Tableau de bord du PMO — {0}",
        OtherLanguage = "English",
        OtherLanguageCode = "en",
        NavPortfolio = "Portefeuille",
        NavCompliance = "Mises à jour",
        NavEscalations = "Escalades",
        NavPacks = "Dossiers de revue",
        NavCapacity = "Plan de charge",
        NavOutbox = "Boîte d'envoi",
        PortfolioTitle = "Météo du portefeuille",
        ActiveProjects = "Projets actifs",
        NoStatusTile = "Sans météo",
        NoStatus = "aucune",
        Rags = new Dictionary<Rag, string> { [Rag.Green] = "Vert", [Rag.Amber] = "Orange", [Rag.Red] = "Rouge" },
        Project = "Projet",
        Manager = "Chef de projet",
        RagHeader = "Météo",
        LastUpdate = "Dernière mise à jour",
        ThisWeek = "Cette semaine",
        NotRequested = "non demandée",
        OnTimeBeforeReminder = "dans les délais, sans relance",
        OnTimeAfterReminder = "dans les délais, après relance",
        MissedAnswer = "manquée",
        AwaitingReminded = "en attente de réponse, relancée",
        AwaitingRemindedTwice = "en attente de réponse, relancée deux fois",
        AwaitingAnswer = "en attente de réponse",
        ComplianceTitle = "Respect des mises à jour de la semaine",
        Requested = "Demandées",
        OnTime = "Dans les délais",
        OnTimeNoteFormat = "{0} sans relance · {1} après relance",
        Missed = "Manquées",
        MissedNote = "aucune réponse à la date limite",
        Awaiting = "En attente de réponse",
        Compliance = "Taux de mise à jour",
        ComplianceNote = "dans les délais / demandées",
        NoRequestYet = "aucune demande pour l'instant",
        PercentFormat = "{0:0}\u202F%",
        EscalationsTitle = "Escalades ouvertes",
        NoEscalation = "Aucune.",
        Summary = "Objet",
        Status = "Statut",
        Raised = "Soulevée le",
        DateFormat = "d MMM yyyy",
        EscalationStatuses = new Dictionary<EscalationStatus, string>
        {
            [EscalationStatus.Open] = "Ouverte",
            [EscalationStatus.CommitteeReminded] = "Comité relancé",
            [EscalationStatus.CommitteeConvened] = "Comité convoqué",
            [EscalationStatus.Decided] = "Décidée",
            [EscalationStatus.Withdrawn] = "Retirée",
        },
        PacksTitle = "Derniers dossiers de revue du portefeuille",
        NoPack = "Aucun pour l'instant.",
        PackFormat = "{0} — {1} — {2} projets ",
        PackStatuses = new Dictionary<ReviewPackStatus, string>
        {
            [ReviewPackStatus.Assembling] = "En préparation",
            [ReviewPackStatus.AwaitingApproval] = "En attente d'approbation",
            [ReviewPackStatus.Approved] = "Approuvé",
            [ReviewPackStatus.Distributed] = "Diffusé",
            [ReviewPackStatus.Failed] = "En échec",
        },
        OutboxTitle = "Boîte d'envoi",
        OutboxEmpty = "Vide.",
        SentFormat = "Envoyé ({0})",
        SentDateFormat = "ddd d MMM yyyy 'à' HH:mm",
        To = "À",
        Subject = "Objet",
    };
}
