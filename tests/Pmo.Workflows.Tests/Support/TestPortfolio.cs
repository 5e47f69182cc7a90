using Pmo.Application.Ports.Storage;
using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Workflows.Tests.Support;

/// <summary>The test organisation: a PMO, a review board, a committee with its chair, and five projects.</summary>
internal static class TestPortfolio
{
    public static readonly Contact Paula = new("Paula PMO", "paula@pmo.example", Language.En);
    public static readonly Contact Ray = new("Ray Board", "ray@board.example", Language.En);
    public static readonly Contact Rose = new("Rose Conseil", "rose@board.example", Language.Fr);
    public static readonly Contact Carl = new("Carl Committee", "carl@committee.example", Language.En);
    public static readonly Contact Claire = new("Claire Comité", "claire@committee.example", Language.Fr);
    public static readonly Contact Hugo = new("Hugo Président", "hugo@committee.example", Language.Fr);

    public static readonly Contact Alice = new("Alice", "alice@acme.example", Language.En);
    public static readonly Contact Bruno = new("Bruno", "bruno@acme.example", Language.Fr);
    public static readonly Contact Chloe = new("Chloé", "chloe@acme.example", Language.Fr);
    public static readonly Contact Dan = new("Dan", "dan@acme.example", Language.En);
    public static readonly Contact Eve = new("Eve", "eve@acme.example", Language.En);
    public static readonly Contact Sam = new("Sam Sponsor", "sam@acme.example", Language.Fr);
    public static readonly Contact Sue = new("Sue Sponsor", "sue@acme.example", Language.En);

    public static GovernanceSettings Settings(EscalationSla? sla = null) => new()
    {
        OrganisationName = "Acme PMO",
        TimeZone = "Europe/Paris",
        Sla = sla ?? new EscalationSla(),
        Recipients = new GovernanceRecipients
        {
            Pmo = [Paula],
            ReviewBoard = [Ray, Rose],
            Committee = [Carl, Claire],
            CommitteeChair = Hugo,
        },
    };

    public static Project Project(string id, string name, Contact manager, Contact sponsor) => new()
    {
        Id = id,
        Name = name,
        Sponsor = sponsor,
        Manager = manager,
        Phase = ProjectPhase.Execution,
        Budget = new Budget(100_000m, 40_000m, 100_000m),
        Start = new DateOnly(2026, 1, 5),
        BaselineEnd = new DateOnly(2027, 6, 30),
    };

    public static IReadOnlyList<Project> Projects { get; } =
    [
        Project("ATLAS", "Atlas CRM", Alice, Sue),
        Project("BOREAL", "Boréal ERP", Bruno, Sue),
        Project("CASTOR", "Castor Data", Chloe, Sam),
        Project("DELTA", "Delta Portal", Dan, Sue),
        Project("ECHO", "Echo Mobile", Eve, Sue),
    ];

    public static async Task SeedAsync(IPortfolioStore store, GovernanceSettings settings, IEnumerable<Project>? projects = null)
    {
        await store.Settings.SaveAsync(settings, ifMatch: null);
        foreach (var project in projects ?? Projects)
        {
            await store.Projects.CreateAsync(project);
        }
    }
}
