namespace Pmo.Api.Intake;

/// <summary>Every word of the intake pages, in English and French (French typography: U+202F before : ; ? !).</summary>
public sealed record IntakeTexts
{
    public required string NewTitle { get; init; }
    public required string NewLead { get; init; }
    public required string AmendTitle { get; init; }
    public required string AmendLead { get; init; }
    public required string ReturnedComment { get; init; }
    public required string Demand { get; init; }
    public required string Title { get; init; }
    public required string Department { get; init; }
    public required string Sponsor { get; init; }
    public required string Requester { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Language { get; init; }
    public required string BusinessCase { get; init; }
    public required string ExpectedBenefits { get; init; }
    public required string Budget { get; init; }
    public required string Amount { get; init; }
    public required string Currency { get; init; }
    public required string Duration { get; init; }
    public required string Scores { get; init; }
    public required string ScoresHint { get; init; }
    public required string StrategicAlignment { get; init; }
    public required string BusinessValue { get; init; }
    public required string Urgency { get; init; }
    public required string RiskReduction { get; init; }
    public required string Feasibility { get; init; }
    public required string Attachments { get; init; }
    public required string AttachmentsHint { get; init; }
    public required string AttachmentTitle { get; init; }
    public required string AttachmentUrl { get; init; }
    public required string Staffing { get; init; }
    public required string StaffingHint { get; init; }
    public required string StaffingRole { get; init; }
    public required string StaffingMonth { get; init; }
    public required string StaffingDays { get; init; }
    public required string NotAMonth { get; init; }
    public required string Send { get; init; }
    public required string SendAmended { get; init; }
    public required string Received { get; init; }
    public required string Resubmitted { get; init; }
    public required Func<string, string> WhatNext { get; init; }
    public required string Conflict { get; init; }
    public required string NotAWholeNumber { get; init; }

    public static IntakeTexts For(Language language) => language == Domain.Primitives.Language.Fr ? Fr : En;

    public static readonly IntakeTexts En = new()
    {
        NewTitle = "New project request",
        NewLead = "Describe the project you would like the PMO to consider. Every field is needed to qualify it, except the documents.",
        AmendTitle = "Amend your project request",
        AmendLead = "Change what the PMO asked for, then send the request again.",
        ReturnedComment = "The PMO's comment",
        Demand = "Request",
        Title = "Project title",
        Department = "Department",
        Sponsor = "Sponsor",
        Requester = "You (the requester)",
        Name = "Name",
        Email = "E-mail",
        Language = "Language of our e-mails",
        BusinessCase = "Business case",
        ExpectedBenefits = "Expected benefits",
        Budget = "Estimated budget",
        Amount = "Amount",
        Currency = "Currency (ISO code)",
        Duration = "Estimated duration (months)",
        Scores = "Scoring",
        ScoresHint = "1 = low, 5 = high: the PMO ranks requests with these five criteria.",
        StrategicAlignment = "Strategic alignment",
        BusinessValue = "Business value",
        Urgency = "Urgency",
        RiskReduction = "Risk reduction",
        Feasibility = "Feasibility",
        Attachments = "Documents (links)",
        AttachmentsHint = "Links only (https://…): slides, quotes, studies. Nothing is uploaded here.",
        AttachmentTitle = "Title",
        AttachmentUrl = "Link",
        Staffing = "People needed (optional)",
        StaffingHint = "One row per role and month (YYYY-MM), e.g. Data engineer, 2027-03, 40 days. The arbitration committee sees it against the days people with that role or skill have free.",
        StaffingRole = "Role or skill",
        StaffingMonth = "Month",
        StaffingDays = "Days",
        NotAMonth = "must be a month such as 2027-03.",
        Send = "Send the request",
        SendAmended = "Send the amended request",
        Received = "Thank you, your request was received.",
        Resubmitted = "Thank you, your amended request was sent again.",
        WhatNext = id => $"Its reference is {id}. The PMO will qualify it: you will receive an e-mail if anything needs to change, then the arbitration committee will decide on it at its next session.",
        Conflict = "Your changes were not saved: the request was changed after you opened this form. What you entered is kept below; send it again to replace the saved request.",
        NotAWholeNumber = "must be a whole number.",
    };

    public static readonly IntakeTexts Fr = new()
    {
        NewTitle = "Nouvelle demande de projet",
        NewLead = "Décrivez le projet que vous souhaitez soumettre au PMO. Chaque champ est nécessaire pour le qualifier, sauf les documents.",
        AmendTitle = "Modifier votre demande de projet",
        AmendLead = "Modifiez ce que le PMO a demandé, puis renvoyez la demande.",
        ReturnedComment = "Commentaire du PMO",
        Demand = "Demande",
        Title = "Titre du projet",
        Department = "Direction",
        Sponsor = "Sponsor",
        Requester = "Vous (le demandeur)",
        Name = "Nom",
        Email = "E-mail",
        Language = "Langue de nos e-mails",
        BusinessCase = "Justification (business case)",
        ExpectedBenefits = "Bénéfices attendus",
        Budget = "Budget estimé",
        Amount = "Montant",
        Currency = "Devise (code ISO)",
        Duration = "Durée estimée (mois)",
        Scores = "Notation",
        ScoresHint = "1 = faible, 5 = fort\u202F: le PMO classe les demandes selon ces cinq critères.",
        StrategicAlignment = "Alignement stratégique",
        BusinessValue = "Valeur métier",
        Urgency = "Urgence",
        RiskReduction = "Réduction des risques",
        Feasibility = "Faisabilité",
        Attachments = "Documents (liens)",
        AttachmentsHint = "Des liens uniquement (https://…)\u202F: présentations, devis, études. Rien n'est téléversé ici.",
        AttachmentTitle = "Titre",
        AttachmentUrl = "Lien",
        Staffing = "Personnes nécessaires (facultatif)",
        StaffingHint = "Une ligne par rôle et par mois (AAAA-MM), par exemple Data engineer, 2027-03, 40 jours. Le comité d'arbitrage la compare aux jours libres des personnes ayant ce rôle ou cette compétence.",
        StaffingRole = "Rôle ou compétence",
        StaffingMonth = "Mois",
        StaffingDays = "Jours",
        NotAMonth = "doit être un mois, comme 2027-03.",
        Send = "Envoyer la demande",
        SendAmended = "Renvoyer la demande modifiée",
        Received = "Merci, votre demande a bien été reçue.",
        Resubmitted = "Merci, votre demande modifiée a bien été renvoyée.",
        WhatNext = id => $"Sa référence est {id}. Le PMO va la qualifier\u202F: vous recevrez un e-mail si quelque chose doit changer, puis le comité d'arbitrage statuera lors de sa prochaine séance.",
        Conflict = "Vos modifications n'ont pas été enregistrées\u202F: la demande a été modifiée après l'ouverture de ce formulaire. Vos saisies sont conservées ci-dessous\u202F; renvoyez-les pour remplacer la demande enregistrée.",
        NotAWholeNumber = "doit être un nombre entier.",
    };
}
