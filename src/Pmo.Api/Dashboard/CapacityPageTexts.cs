namespace Pmo.Api.Dashboard;

/// <summary>The wording of the dashboard's capacity page, in English and French (narrow no-break space before ":" and "%").</summary>
public sealed record CapacityPageTexts
{
    public required string Lang { get; init; }
    public required CultureInfo Culture { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }

    /// <summary>What a link to another dashboard page appends to keep this language.</summary>
    public string LangQuery => PageLanguage.KeepQuery(Lang);
    public required string Back { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageCode { get; init; }
    public required string Department { get; init; }
    public required string NoPeople { get; init; }
    public required string OverCount { get; init; }
    public required string OverTitle { get; init; }
    public required string NoOver { get; init; }
    public required string Person { get; init; }
    public required string Month { get; init; }
    public required string Available { get; init; }
    public required string Allocated { get; init; }
    public required string Load { get; init; }
    public required string PercentFormat { get; init; }
    public required string DemandsTitle { get; init; }
    public required string Status { get; init; }
    public required string Count { get; init; }
    public required IReadOnlyDictionary<DemandStatus, string> Statuses { get; init; }

    public static CapacityPageTexts For(Language language) => language == Language.Fr ? Fr : En;

    private static readonly CapacityPageTexts En = new()
    {
        Lang = "en",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Title = "Capacity — the next 6 months",
        Intro = "Days by department and month: capacity / allocated / free. A red cell holds people allocated above 100%.",
        Back = "← Dashboard",
        OtherLanguage = "Français",
        OtherLanguageCode = "fr",
        Department = "Department",
        NoPeople = "No person is held yet: add people and their allocations through the capacity API.",
        OverCount = "{0} above 100%",
        OverTitle = "Over-allocated person-months",
        NoOver = "Nobody is allocated above 100% in these months.",
        Person = "Person",
        Month = "Month",
        Available = "Available",
        Allocated = "Allocated",
        Load = "Load",
        PercentFormat = "{0:0}%",
        DemandsTitle = "Demands by status",
        Status = "Status",
        Count = "Demands",
        Statuses = new Dictionary<DemandStatus, string>
        {
            [DemandStatus.Draft] = "Draft",
            [DemandStatus.Submitted] = "Submitted",
            [DemandStatus.Returned] = "Returned to the requester",
            [DemandStatus.Qualified] = "Qualified",
            [DemandStatus.InArbitration] = "In arbitration",
            [DemandStatus.Go] = "GO",
            [DemandStatus.NoGo] = "NO-GO",
            [DemandStatus.Deferred] = "Deferred",
            [DemandStatus.Withdrawn] = "Withdrawn",
        },
    };

    private static readonly CapacityPageTexts Fr = new()
    {
        Lang = "fr",
        Culture = CultureInfo.GetCultureInfo("fr-FR"),
        Title = "Plan de charge — les 6 prochains mois",
        Intro = "Jours par département et par mois\u202F: capacité / alloués / libres. Une case rouge compte des personnes allouées au-delà de 100\u202F%.",
        Back = "← Tableau de bord",
        OtherLanguage = "English",
        OtherLanguageCode = "en",
        Department = "Département",
        NoPeople = "Aucune personne n'est encore enregistrée\u202F: ajoutez les personnes et leurs allocations par l'API de capacité.",
        OverCount = "{0} au-delà de 100\u202F%",
        OverTitle = "Sur-allocations (personne et mois)",
        NoOver = "Personne n'est alloué au-delà de 100\u202F% sur ces mois.",
        Person = "Personne",
        Month = "Mois",
        Available = "Disponibles",
        Allocated = "Alloués",
        Load = "Charge",
        PercentFormat = "{0:0}\u202F%",
        DemandsTitle = "Demandes par statut",
        Status = "Statut",
        Count = "Demandes",
        Statuses = new Dictionary<DemandStatus, string>
        {
            [DemandStatus.Draft] = "Brouillon",
            [DemandStatus.Submitted] = "Soumise",
            [DemandStatus.Returned] = "Renvoyée au demandeur",
            [DemandStatus.Qualified] = "Qualifiée",
            [DemandStatus.InArbitration] = "En arbitrage",
            [DemandStatus.Go] = "GO",
            [DemandStatus.NoGo] = "NO-GO",
            [DemandStatus.Deferred] = "Reportée",
            [DemandStatus.Withdrawn] = "Retirée",
        },
    };
}
