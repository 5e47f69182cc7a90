using Pmo.Domain.Governance;
using Pmo.Domain.Intake;

namespace Pmo.Local.Seeding;

/// <summary>
/// A small portfolio in the PMO's vocabulary (IS department, Data, Finance; weekly operational update,
/// monthly portfolio review, management committee), with English- and French-speaking project managers.
/// Dates are relative to <paramref name="today"/> so the demo always looks current.
/// </summary>
public static class DemoPortfolio
{
    public static Contact Pmo { get; } = new("Joseph Pares", "pmo@example.org", Language.Fr);

    public static GovernanceSettings Settings() => new()
    {
        OrganisationName = "Demo Insurance Group",
        TimeZone = "Europe/Paris",
        DefaultLanguage = Language.En,
        Recipients = new GovernanceRecipients
        {
            Pmo = [Pmo],
            ReviewBoard =
            [
                new("Claire Dubois", "is-director@example.org", Language.Fr),
                new("Mark Ellis", "finance-head@example.org"),
            ],
            Committee =
            [
                new("Helen Carter", "ceo@example.org"),
                new("Philippe Martin", "coo@example.org", Language.Fr),
            ],
            CommitteeChair = new("Helen Carter", "ceo@example.org"),
        },

        // The arbitration committee votes on the qualified demands (the demo runs its session in the first week).
        Intake = new IntakeSettings
        {
            ArbitrationCommittee =
            [
                new("Helen Carter", "ceo@example.org"),
                new("Philippe Martin", "coo@example.org", Language.Fr),
                new("Mark Ellis", "finance-head@example.org"),
            ],
            Chair = new("Helen Carter", "ceo@example.org"),
        },
    };

    public static IReadOnlyList<Project> Projects(DateOnly today) =>
    [
        Project("CRM-MIGR", "CRM migration", "Move customer relationship data to the new CRM.", "Customer", "IS Dept.",
            Manager("Alice Martin", "alice.martin", Language.En), Sponsor("Claire Dubois", Language.Fr),
            new Budget(480_000m, 210_000m, 495_000m), today, -120, 150,
            Milestone("Data model signed off", today, -60, -58), Milestone("Pilot go-live", today, 30)),
        Project("DATA-GOUV", "Gouvernance des données", "Catalogue et qualité des données de l'entreprise.", "Data", "Data",
            Manager("Julien Lefèvre", "julien.lefevre", Language.Fr), Sponsor("Claire Dubois", Language.Fr),
            new Budget(260_000m, 95_000m, 255_000m), today, -90, 200,
            Milestone("Catalogue v1", today, 20)),
        Project("ERP-FIN", "Finance ERP upgrade", "Upgrade the finance ERP and close the books faster.", "Finance", "Finance Dept.",
            Manager("Sarah Johnson", "sarah.johnson", Language.En), Sponsor("Mark Ellis", Language.En),
            new Budget(900_000m, 620_000m, 950_000m), today, -300, 60,
            Milestone("Month-end close on new ERP", today, 45, forecastShift: 20)),
        Project("PORTAIL-ADH", "Portail adhérents", "Nouveau portail en ligne pour les adhérents.", "Customer", "IS Dept.",
            Manager("Camille Bernard", "camille.bernard", Language.Fr), Sponsor("Philippe Martin", Language.Fr),
            new Budget(350_000m, 120_000m, 360_000m), today, -75, 180,
            Milestone("Maquettes validées", today, -10, -8), Milestone("Ouverture beta", today, 60)),
        Project("ISO-CERT", "ISO 9001 renewal", "Renew the quality certification across all processes.", "Compliance", "OTOP Dept.",
            Manager("David Brown", "david.brown", Language.En), Sponsor("Helen Carter", Language.En),
            new Budget(120_000m, 70_000m, 118_000m), today, -200, 40,
            Milestone("Internal audit", today, 10)),
        Project("CLOUD-INFRA", "Migration cloud", "Migration de l'infrastructure vers le cloud.", "Infrastructure", "IS Dept.",
            Manager("Nicolas Petit", "nicolas.petit", Language.Fr), Sponsor("Philippe Martin", Language.Fr),
            new Budget(700_000m, 300_000m, 720_000m), today, -150, 240,
            Milestone("Landing zone", today, -30, -25), Milestone("Bascule production", today, 120)),
    ];

    public static IReadOnlyList<Risk> Risks(DateOnly today) =>
    [
        new() { Id = "CRM-MIGR-R1", ProjectId = "CRM-MIGR", Title = "Data quality of legacy records", Probability = 4, Impact = 3, Owner = "Alice Martin", Mitigation = "Cleansing sprint before pilot", Raised = today.AddDays(-40) },
        new() { Id = "ERP-FIN-R1", ProjectId = "ERP-FIN", Title = "Key users unavailable at year end", Probability = 4, Impact = 5, Owner = "Sarah Johnson", Mitigation = "Backfill agreed with Finance", Trend = Trend.Worsening, Raised = today.AddDays(-20) },
        new() { Id = "CLOUD-INFRA-R1", ProjectId = "CLOUD-INFRA", Title = "Dépendance à un prestataire unique", Probability = 3, Impact = 4, Owner = "Nicolas Petit", Mitigation = "Second fournisseur qualifié", Raised = today.AddDays(-30) },
    ];

    public static IReadOnlyList<ProjectIssue> Issues(DateOnly today) =>
    [
        new() { Id = "ERP-FIN-I1", ProjectId = "ERP-FIN", Title = "Interface with payroll failing in test", Severity = IssueSeverity.High, Owner = "Sarah Johnson", Due = today.AddDays(14), Raised = today.AddDays(-7) },
        new() { Id = "PORTAIL-ADH-I1", ProjectId = "PORTAIL-ADH", Title = "Hébergement de la beta non commandé", Severity = IssueSeverity.Medium, Owner = "Camille Bernard", Due = today.AddDays(10), Raised = today.AddDays(-3) },
    ];

    /// <summary>Last week's answers, so the dashboard has a RAG to show and the next form opens pre-filled.</summary>
    public static IReadOnlyList<StatusUpdate> History(IsoWeek week, DateTimeOffset submittedAt) =>
    [.. HistoryDrafts(week, submittedAt).Select(u => u with { SubmittedBy = ManagerEmails[u.ProjectId] })];

    private static Dictionary<string, string> ManagerEmails { get; } =
        Projects(DateOnly.MinValue.AddYears(1)).ToDictionary(p => p.Id, p => p.Manager.Email, StringComparer.Ordinal);

    private static IReadOnlyList<StatusUpdate> HistoryDrafts(IsoWeek week, DateTimeOffset submittedAt) =>
    [
        Update("CRM-MIGR", week, Rag.Green, 45, "Data model signed off; migration scripts in test.", submittedAt),
        Update("DATA-GOUV", week, Rag.Amber, 30, "Atelier catalogue avec la Finance ; glossaire en relecture.", submittedAt, difficulties: "Disponibilité des data owners."),
        Update("ERP-FIN", week, Rag.Amber, 70, "Payroll interface build complete.", submittedAt, difficulties: "Interface with payroll failing in test.", help: "Payroll team slot this week."),
        Update("PORTAIL-ADH", week, Rag.Green, 35, "Maquettes validées par le métier.", submittedAt),
        Update("CLOUD-INFRA", week, Rag.Green, 40, "Landing zone livrée ; premières applications migrées.", submittedAt),
    ];

    private static StatusUpdate Update(string projectId, IsoWeek week, Rag rag, int progress, string done, DateTimeOffset at,
        string difficulties = "", string help = "") => new()
        {
            ProjectId = projectId,
            Week = week,
            Overall = rag,
            Dimensions = new DimensionRags(Schedule: rag),
            ProgressPercent = progress,
            Accomplishments = done,
            Difficulties = difficulties,
            HelpNeeded = help,
            SubmittedAt = at,

            // Seeded history: no chase is waiting for it.
            EventDeliveredAt = at,
        };

    private static Contact Manager(string name, string mailbox, Language language) => new(name, mailbox + "@example.org", language);

    private static Contact Sponsor(string name, Language language) =>
        new(name, name.ToLowerInvariant().Replace(' ', '.') + "@example.org", language);

    private static Milestone Milestone(string name, DateOnly today, int baselineDays, int? actualDays = null, int forecastShift = 0) =>
        new(name, today.AddDays(baselineDays),
            Forecast: forecastShift == 0 ? null : today.AddDays(baselineDays + forecastShift),
            Actual: actualDays is { } a ? today.AddDays(a) : null);

    private static Project Project(string id, string name, string description, string portfolio, string department,
        Contact manager, Contact sponsor, Budget budget, DateOnly today, int startDays, int endDays, params Milestone[] milestones) => new()
        {
            Id = id,
            Name = name,
            Description = description,
            Portfolio = portfolio,
            Department = department,
            Manager = manager,
            Sponsor = sponsor,
            Budget = budget,
            Start = today.AddDays(startDays),
            BaselineEnd = today.AddDays(endDays),
            Milestones = milestones,
            Phase = ProjectPhase.Execution,
        };
}
