namespace Pmo.Api.Forms;

/// <summary>Every word the link pages show, in English and French.</summary>
public sealed record FormTexts
{
    public required string UpdateTitle { get; init; }
    public required string UpdateLead { get; init; }
    public required string Deadline { get; init; }
    public required string Prefilled { get; init; }
    public required string Overall { get; init; }
    public required string Dimensions { get; init; }
    public required string Schedule { get; init; }
    public required string Budget { get; init; }
    public required string Scope { get; init; }
    public required string Resources { get; init; }
    public required string Risks { get; init; }
    public required string Green { get; init; }
    public required string Amber { get; init; }
    public required string Red { get; init; }
    public required string Progress { get; init; }
    public required string Accomplishments { get; init; }
    public required string NextSteps { get; init; }
    public required string Difficulties { get; init; }
    public required string HelpNeeded { get; init; }
    public required string NewTopics { get; init; }
    public required string BudgetActual { get; init; }
    public required string BudgetForecast { get; init; }
    public required string MilestoneForecasts { get; init; }
    public required string NeedsDecision { get; init; }
    public required string DecisionQuestion { get; init; }
    public required string Submit { get; init; }
    public required string FixErrors { get; init; }
    public required string Thanks { get; init; }
    public required string ThanksDetail { get; init; }
    public required string LinkUnusable { get; init; }
    public required string LinkClosed { get; init; }
    public required string LinkInvalid { get; init; }
    public required string NotFound { get; init; }
    public required string NotANumber { get; init; }
    public required string NotADate { get; init; }
    public required string ChooseOne { get; init; }
    public required string DecisionTitle { get; init; }
    public required string Situation { get; init; }
    public required string Question { get; init; }
    public required string Project { get; init; }
    public required string Reason { get; init; }
    public required string RaisedOn { get; init; }
    public required string YourDecision { get; init; }
    public required string Approve { get; init; }
    public required string Reject { get; init; }
    public required string Defer { get; init; }
    public required string RequestInformation { get; init; }
    public required string Comment { get; init; }
    public required string Decide { get; init; }
    public required string DecisionRecorded { get; init; }
    public required string PackTitle { get; init; }
    public required string ApprovePack { get; init; }
    public required string PackApproved { get; init; }

    public required string Approved { get; init; }
    public required string Forecast { get; init; }
    public required IReadOnlyDictionary<EscalationReason, string> Reasons { get; init; }

    public static FormTexts For(Language language) => language == Language.Fr ? Fr : En;

    public string ReasonText(EscalationReason reason) => Reasons.TryGetValue(reason, out var text) ? text : reason.ToString();

    public string Rag(Rag rag) => rag switch { Domain.Primitives.Rag.Red => Red, Domain.Primitives.Rag.Amber => Amber, _ => Green };

    public static readonly FormTexts En = new()
    {
        UpdateTitle = "Weekly status update",
        UpdateLead = "Tell the PMO where the project stands this week.",
        Deadline = "Please answer before",
        Prefilled = "The form is pre-filled with last week's answers: change what moved.",
        Overall = "Overall status",
        Dimensions = "Status by dimension",
        Schedule = "Schedule",
        Budget = "Budget",
        Scope = "Scope",
        Resources = "Resources",
        Risks = "Risks",
        Green = "Green",
        Amber = "Amber",
        Red = "Red",
        Progress = "Progress (%)",
        Accomplishments = "Accomplished this week",
        NextSteps = "Next steps",
        Difficulties = "Difficulties",
        HelpNeeded = "Help needed from the PMO",
        NewTopics = "New topics",
        BudgetActual = "Budget spent to date",
        BudgetForecast = "Budget forecast at completion",
        MilestoneForecasts = "Milestone forecasts",
        NeedsDecision = "A decision is needed from the management committee",
        DecisionQuestion = "Question for the committee",
        Submit = "Send the update",
        FixErrors = "Please correct the fields below.",
        Thanks = "Thank you, your update was received.",
        ThanksDetail = "The PMO will include it in this week's operational update.",
        LinkUnusable = "This link cannot be used",
        LinkClosed = "This request is closed: the update was already sent or the deadline has passed.",
        LinkInvalid = "The link is invalid or has expired. Please use the latest e-mail from the PMO.",
        NotFound = "The request behind this link no longer exists.",
        NotANumber = "must be a number.",
        NotADate = "must be a date.",
        ChooseOne = "choose one.",
        DecisionTitle = "Management committee decision",
        Situation = "Situation",
        Question = "Question",
        Project = "Project",
        Reason = "Reason",
        RaisedOn = "Raised on",
        YourDecision = "Your decision",
        Approve = "Approve",
        Reject = "Reject",
        Defer = "Defer",
        RequestInformation = "Request more information",
        Comment = "Comment (optional)",
        Decide = "Record my decision",
        DecisionRecorded = "Your decision was recorded in the project's decision log.",
        PackTitle = "Monthly portfolio review pack",
        ApprovePack = "Approve and send to the review board",
        PackApproved = "The pack is approved; it is being sent to the review board.",
        Approved = "approved",
        Forecast = "forecast at completion",
        Reasons = new Dictionary<EscalationReason, string>
        {
            [EscalationReason.Manual] = "Raised by the PMO",
            [EscalationReason.RedTwoWeeksRunning] = "Red for two weeks running",
            [EscalationReason.BudgetOverrun] = "Budget overrun",
            [EscalationReason.MilestoneSlip] = "Milestone slip",
            [EscalationReason.MissedUpdates] = "Missed weekly updates",
            [EscalationReason.CriticalIssue] = "Critical issue",
            [EscalationReason.DecisionRequested] = "Decision requested by the project",
            [EscalationReason.OverAllocation] = "Person over-allocated",
        },
    };

    public static readonly FormTexts Fr = new()
    {
        UpdateTitle = "Point d'avancement hebdomadaire",
        UpdateLead = "Indiquez au PMO où en est le projet cette semaine.",
        Deadline = "Merci de répondre avant le",
        Prefilled = "Le formulaire reprend vos réponses de la semaine dernière\u202F: modifiez ce qui a changé.",
        Overall = "Météo globale",
        Dimensions = "Météo par axe",
        Schedule = "Délais",
        Budget = "Budget",
        Scope = "Périmètre",
        Resources = "Ressources",
        Risks = "Risques",
        Green = "Vert",
        Amber = "Orange",
        Red = "Rouge",
        Progress = "Avancement (%)",
        Accomplishments = "Réalisé cette semaine",
        NextSteps = "Prochaines étapes",
        Difficulties = "Difficultés",
        HelpNeeded = "Aide attendue du PMO",
        NewTopics = "Nouveaux sujets",
        BudgetActual = "Budget consommé à date",
        BudgetForecast = "Budget prévu à terminaison",
        MilestoneForecasts = "Prévisions des jalons",
        NeedsDecision = "Une décision du comité de direction est nécessaire",
        DecisionQuestion = "Question pour le comité",
        Submit = "Envoyer le point",
        FixErrors = "Merci de corriger les champs ci-dessous.",
        Thanks = "Merci, votre point a bien été reçu.",
        ThanksDetail = "Le PMO l'intégrera au point opérationnel de la semaine.",
        LinkUnusable = "Ce lien ne peut pas être utilisé",
        LinkClosed = "Cette demande est close\u202F: le point a déjà été envoyé ou la date limite est passée.",
        LinkInvalid = "Le lien est invalide ou a expiré. Utilisez le dernier e-mail du PMO.",
        NotFound = "La demande liée à ce lien n'existe plus.",
        NotANumber = "doit être un nombre.",
        NotADate = "doit être une date.",
        ChooseOne = "choisissez une option.",
        DecisionTitle = "Décision du comité de direction",
        Situation = "Situation",
        Question = "Question",
        Project = "Projet",
        Reason = "Motif",
        RaisedOn = "Soulevé le",
        YourDecision = "Votre décision",
        Approve = "Approuver",
        Reject = "Rejeter",
        Defer = "Reporter",
        RequestInformation = "Demander des informations",
        Comment = "Commentaire (facultatif)",
        Decide = "Enregistrer ma décision",
        DecisionRecorded = "Votre décision a été enregistrée dans le registre des décisions du projet.",
        PackTitle = "Dossier de revue mensuelle du portefeuille",
        ApprovePack = "Approuver et envoyer au comité de revue",
        PackApproved = "Le dossier est approuvé\u202F; il est en cours d'envoi au comité de revue.",
        Approved = "approuvé",
        Forecast = "prévu à terminaison",
        Reasons = new Dictionary<EscalationReason, string>
        {
            [EscalationReason.Manual] = "Soulevé par le PMO",
            [EscalationReason.RedTwoWeeksRunning] = "Rouge deux semaines de suite",
            [EscalationReason.BudgetOverrun] = "Dépassement budgétaire",
            [EscalationReason.MilestoneSlip] = "Glissement de jalon",
            [EscalationReason.MissedUpdates] = "Points hebdomadaires manqués",
            [EscalationReason.CriticalIssue] = "Problème critique",
            [EscalationReason.DecisionRequested] = "Décision demandée par le projet",
            [EscalationReason.OverAllocation] = "Personne en sur-allocation",
        },
    };
}
