using Pmo.Domain.Intake;

namespace Pmo.Local.Seeding;

/// <summary>
/// The demo's people, their allocations to the demo projects and two qualified demands. Léa Moreau (Data) is given
/// 22 of her 18 days (122 %) from last month to next month, so the weekly scan escalates her over-allocation on
/// DATA-GOUV (her biggest project) and the review pack's heat map shows her red; Tom Evans is away two weeks next month.
/// The demands ask for people next month (and the portal the month after), so the arbitration pack states their needs
/// against what is free: the data warehouse needs 20 days of Data engineer and only Hugo's 5 are free (Léa is overloaded).
/// </summary>
public static class DemoCapacity
{
    public static IReadOnlyList<Person> People(DateOnly today)
    {
        var nextMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return
        [
            Person("lea-moreau", "Léa Moreau", "Data", "Data engineer", 18, "SQL", "Spark"),
            Person("hugo-lambert", "Hugo Lambert", "Data", "Data engineer", 20, "SQL"),
            Person("ines-roux", "Inès Roux", "Data", "Data analyst", 20, "Power BI"),
            Person("tom-evans", "Tom Evans", "IS Dept.", "Developer", 20, "C#") with
            {
                Absences = [new DateRange(nextMonth.AddDays(7), nextMonth.AddDays(20))],
            },
            Person("sofia-garcia", "Sofia Garcia", "IS Dept.", "Developer", 20, "C#", "Angular"),
            Person("marc-dupont", "Marc Dupont", "IS Dept.", "Architect", 16, "Azure"),
            Person("emma-wilson", "Emma Wilson", "IS Dept.", "Business analyst", 20),
            Person("paul-girard", "Paul Girard", "Infrastructure", "Cloud engineer", 20, "Azure", "Terraform"),
            Person("nina-schmidt", "Nina Schmidt", "Infrastructure", "Cloud engineer", 10, "Azure"),
            Person("olivier-blanc", "Olivier Blanc", "Finance Dept.", "Key user", 8),
            Person("grace-taylor", "Grace Taylor", "Finance Dept.", "Business analyst", 20),
            Person("yann-leroy", "Yann Leroy", "Customer", "Product owner", 20),
        ];
    }

    /// <summary>Last month to five months ahead: the weekly scan's months and the pack's heat map (this month and the next five).</summary>
    public static IEnumerable<Allocation> Allocations(DateOnly today)
    {
        (string Person, string Project, decimal Days)[] plan =
        [
            ("lea-moreau", "DATA-GOUV", 12), ("lea-moreau", "CRM-MIGR", 10),
            ("hugo-lambert", "DATA-GOUV", 10), ("hugo-lambert", "CRM-MIGR", 5),
            ("ines-roux", "DATA-GOUV", 8),
            ("tom-evans", "CRM-MIGR", 12), ("tom-evans", "PORTAIL-ADH", 4),
            ("sofia-garcia", "PORTAIL-ADH", 15),
            ("marc-dupont", "CLOUD-INFRA", 6), ("marc-dupont", "CRM-MIGR", 4),
            ("emma-wilson", "PORTAIL-ADH", 8), ("emma-wilson", "ISO-CERT", 6),
            ("paul-girard", "CLOUD-INFRA", 17),
            ("nina-schmidt", "CLOUD-INFRA", 7),
            ("olivier-blanc", "ERP-FIN", 6),
            ("grace-taylor", "ERP-FIN", 14), ("grace-taylor", "ISO-CERT", 3),
            ("yann-leroy", "PORTAIL-ADH", 10), ("yann-leroy", "CRM-MIGR", 6),
        ];
        var first = YearMonth.Of(today).Previous();
        for (var i = 0; i < 7; i++)
        {
            var month = YearMonth.Of(first.FirstDay.AddMonths(i));
            // Léa's overload lasts three months (last, this and next), then she is back to 12 days on DATA-GOUV only.
            foreach (var (person, project, days) in plan.Where(p => i < 3 || p is not ("lea-moreau", "CRM-MIGR", _)))
            {
                yield return new Allocation(person, project, month, days);
            }
        }
    }

    /// <summary>Two demands the PMO has qualified, ready for the arbitration committee.</summary>
    public static IReadOnlyList<Demand> Demands(DateTimeOffset now) =>
    [
        Qualified(new Demand
        {
            Id = "DEM-DEMO-0001",
            Title = "Claims self-service portal",
            Sponsor = new Contact("Philippe Martin", "philippe.martin@example.org", Language.Fr),
            Department = "Customer",
            BusinessCase = "Policyholders phone 3,000 times a month to follow a claim; a portal answers most of these calls.",
            ExpectedBenefits = "A third fewer calls; claims followed online; satisfaction up 10 points.",
            EstimatedBudget = new Money(420_000m),
            EstimatedDurationMonths = 9,
            Scores = new PriorityCriteria(StrategicAlignment: 5, BusinessValue: 4, Urgency: 4, RiskReduction: 2, Feasibility: 3),
            Requester = new Contact("Yann Leroy", "yann.leroy@example.org"),
            Staffing =
            [
                new DemandStaffing("Developer", NextMonth(now), 30),
                new DemandStaffing("Business analyst", NextMonth(now), 10),
                new DemandStaffing("Developer", NextMonth(now).Next(), 30),
            ],
        }, now.AddDays(-20), now.AddDays(-12)),
        Qualified(new Demand
        {
            Id = "DEM-DEMO-0002",
            Title = "Entrepôt de données RH",
            Sponsor = new Contact("Claire Dubois", "claire.dubois@example.org", Language.Fr),
            Department = "Data",
            BusinessCase = "Les indicateurs RH sont recalculés à la main chaque mois dans quatre tableurs.",
            ExpectedBenefits = "Indicateurs mensuels automatiques\u202F; deux jours par mois rendus à l'équipe RH.",
            EstimatedBudget = new Money(180_000m),
            EstimatedDurationMonths = 6,
            Scores = new PriorityCriteria(StrategicAlignment: 3, BusinessValue: 3, Urgency: 2, RiskReduction: 3, Feasibility: 4),
            Requester = new Contact("Inès Roux", "ines.roux@example.org", Language.Fr),
            Staffing = [new DemandStaffing("Data engineer", NextMonth(now), 20)],
        }, now.AddDays(-15), now.AddDays(-8)),
    ];

    private static YearMonth NextMonth(DateTimeOffset now) => YearMonth.Of(DateOnly.FromDateTime(now.UtcDateTime)).Next();

    private static Person Person(string id, string name, string department, string role, decimal days, params string[] skills) => new()
    {
        Id = id,
        Name = name,
        Email = id.Replace('-', '.') + "@example.org",
        Department = department,
        Role = role,
        Skills = skills,
        CapacityDaysPerMonth = days,
    };

    /// <summary>Filed by the requester, then qualified by the PMO, through the domain's own transitions (history included).</summary>
    private static Demand Qualified(Demand draft, DateTimeOffset submitted, DateTimeOffset qualified)
    {
        var filed = DemandTransitions.Apply(draft, DemandStatus.Submitted, DemandActor.Requester, draft.Requester.Name, submitted).Demand!;
        return DemandTransitions.Apply(filed, DemandStatus.Qualified, DemandActor.Pmo, DemoPortfolio.Pmo.Name, qualified).Demand!;
    }
}
