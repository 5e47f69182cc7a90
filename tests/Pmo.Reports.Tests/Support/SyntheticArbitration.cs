using Pmo.Application.Packs;
using Pmo.Domain.Capacity;
using Pmo.Domain.Governance;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Reports.Arbitration;

namespace Pmo.Reports.Tests.Support;

/// <summary>
/// A deterministic arbitration pack input (seeded random): ranked demands with long business cases, attachments and,
/// for every other demand, staffing needs; people with roles, part-timers and absences, allocated over the next 6
/// months so that some are over-allocated. Shared by the tests and the benchmark (linked into bench/Pmo.Reports.Bench).
/// </summary>
public static class SyntheticArbitration
{
    public static readonly YearMonth Session = new(2027, 3);

    /// <summary>Tuesday 9 March 2027, 13:00 UTC: 14:00 in Paris (winter time until 28 March).</summary>
    public static readonly DateTimeOffset Deadline = new(2027, 3, 9, 13, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset GeneratedAt = new(2027, 3, 4, 7, 0, 0, TimeSpan.Zero);

    public static readonly string[] Roles = ["Data engineer", "Developer", "Business analyst", "Project manager", "Tester", "Architect", "Designer", "DevOps engineer"];
    private static readonly string[] Departments = ["Finance", "Opérations", "Digital", "Ressources humaines", "Data", "Juridique"];
    private static readonly string[] Subjects = ["Portail fournisseurs", "Data platform", "Signature électronique", "CRM migration", "Self-service analytics", "Archivage légal", "Mobile field app", "Gestion des congés"];
    private static readonly string[] Names = ["Amélie Dupré", "Jérôme Lefèvre", "Chloé Martin", "Grace Hopper", "Noémie Bélanger", "Ada Lovelace", "François Côté", "Linus Berg", "Margaret Hamilton", "Édouard Roux"];
    private const string Case = "The current process relies on spreadsheets exchanged by e-mail between three departments, with no audit trail and a monthly close that takes eleven working days. ";
    private const string Benefit = "Close in five days instead of eleven, one source of truth for the auditors, and two people freed for analysis work. ";

    /// <summary>The next 6 months from the session's, the capacity view's horizon.</summary>
    public static IReadOnlyList<YearMonth> Months => [.. Enumerable.Range(0, 6).Select(i => YearMonth.Of(Session.FirstDay.AddMonths(i)))];

    public static ArbitrationPackInput Generate(int demands, int people, Language language = Language.En, int seed = 7, bool withStaffing = true)
    {
        var random = new Random(seed);
        var months = Months;
        var staff = People(people, random);
        var allocations = Allocations(staff, months, random);
        var list = Enumerable.Range(1, demands).Select(i => Demand(i, random)).ToList();
        var ranked = DemandRanking.Rank(list, new PriorityWeights());
        var needs = new Dictionary<string, IReadOnlyList<StaffingNeed>>(StringComparer.Ordinal);
        if (withStaffing)
        {
            // StaffingCheck over a sample of the people: the needs' free days are the same arithmetic, at a test's cost.
            var sample = staff.Take(Math.Min(staff.Count, 120)).ToList();
            var sampleAllocations = allocations.Where(a => sample.Any(p => p.Id == a.PersonId)).ToList();
            foreach (var d in list.Where((_, i) => i % 2 == 0))
            {
                var proposal = sample.Skip(random.Next(Math.Max(1, sample.Count - 3))).Take(2)
                    .SelectMany(p => months.Take(2).Select(m => new StaffingLine(p.Id, m, random.Next(4, 16))));
                needs[d.Id] = StaffingCheck.Check(sample, sampleAllocations, proposal).Needs;
            }
        }

        return new ArbitrationPackInput
        {
            OrganisationName = "Groupe Exemple — DSI",
            Language = language,
            SessionMonth = Session,
            DeadlineUtc = Deadline,
            TimeZone = "Europe/Paris",
            Currency = "EUR",
            GeneratedAtUtc = GeneratedAt,
            Demands = ranked,
            RemainingBudget = new Money(Math.Round(list.Sum(d => d.EstimatedBudget.Amount) * 0.4m, 0), "EUR"),
            Capacity = CapacityView.For(staff, allocations, months, CapacityGrouping.Role),
            StaffingNeeds = needs,
        };
    }

    public static List<Person> People(int count, Random random) =>
    [
        .. Enumerable.Range(1, count).Select(i => new Person
        {
            Id = $"P-{i:D5}",
            Name = $"{Names[i % Names.Length]} {i}",
            Email = $"person{i}@example.org",
            Department = Departments[i % Departments.Length],
            Role = Roles[i % Roles.Length],
            Skills = [Roles[i % Roles.Length], i % 3 == 0 ? "SQL" : "Agile"],
            CapacityDaysPerMonth = i % 5 == 0 ? 10 : 18,
            Absences = i % 7 == 0 ? [new DateRange(new DateOnly(2027, 4, 12), new DateOnly(2027, 4, 23))] : [],
        }),
    ];

    /// <summary>Up to 3 days above each person's capacity: about one person-month in eight is over-allocated.</summary>
    public static List<Allocation> Allocations(IReadOnlyList<Person> people, IReadOnlyList<YearMonth> months, Random random) =>
    [
        .. from p in people
           from m in months
           let days = random.Next(0, (int)(p.CapacityDaysPerMonth ?? 20) + 3)
           where days > 0
           select new Allocation(p.Id, $"PRJ-{random.Next(1, 60):D5}", m, days),
    ];

    private static Demand Demand(int i, Random random)
    {
        var sponsor = Names[random.Next(Names.Length)];
        var requester = Names[random.Next(Names.Length)];
        return new Demand
        {
            Id = $"DEM-{i:D4}",
            Title = $"{Subjects[i % Subjects.Length]} {i}",
            Sponsor = new Contact(sponsor, "sponsor@example.org"),
            Department = Departments[random.Next(Departments.Length)],
            BusinessCase = string.Concat(Enumerable.Repeat(Case, 1 + random.Next(i % 10 == 0 ? 24 : 8))).TrimEnd(),
            ExpectedBenefits = string.Concat(Enumerable.Repeat(Benefit, 1 + random.Next(6))).TrimEnd(),
            EstimatedBudget = new Money(random.Next(50, 2000) * 1000m, "EUR"),
            EstimatedDurationMonths = random.Next(3, 37),
            Scores = new PriorityCriteria(random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)),
            Attachments = [.. Enumerable.Range(1, random.Next(0, 4)).Select(a => new DemandAttachment($"Annexe {a}", $"https://docs.example.org/demands/{i}/annex-{a}.pdf"))],
            Requester = new Contact(requester, "requester@example.org"),
            Status = DemandStatus.Qualified,
            SubmittedAt = GeneratedAt.AddDays(-random.Next(5, 90)),
        };
    }
}
