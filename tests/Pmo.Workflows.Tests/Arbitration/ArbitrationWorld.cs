using Microsoft.Extensions.DependencyInjection;
using Pmo.Application.Arbitration;
using Pmo.Application.Links;
using Pmo.Application.Ports.Storage;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Governance;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Arbitration;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Arbitration;

/// <summary>
/// December 2026's session on virtual time: second Tuesday 8/12 14:00 Paris (13:00 UTC) is the deadline, the pack goes
/// out five days before (Thu 3/12 14:00), the reminder three days after it (Sun 6/12 14:00). Committee: Carl, Claire and
/// Hugo (chair). Three qualified demands, ranked ALPHA, BETA, GAMMA.
/// </summary>
internal static class ArbitrationWorld
{
    public static readonly YearMonth December = new(2026, 12);
    public static readonly DateTimeOffset PackSent = Paris.At(12, 3, 14);
    public static readonly DateTimeOffset Reminder = Paris.At(12, 6, 14);
    public static readonly DateTimeOffset Deadline = Paris.At(12, 8, 14);
    public static readonly Contact Requester = new("Rita Requester", "rita@acme.example", Language.Fr);

    public static GovernanceSettings Settings(ArbitrationRule rule = ArbitrationRule.Majority) => TestPortfolio.Settings() with
    {
        Intake = new IntakeSettings { ArbitrationCommittee = [Carl, Claire, Hugo], Chair = Hugo, Rule = rule },
    };

    public static Demand Demand(string id, int strategic) => new()
    {
        Id = id,
        Title = $"Demand {id}",
        Sponsor = Sam,
        Department = "Finance",
        BusinessCase = "Close the books faster.",
        ExpectedBenefits = "Two days saved each month.",
        EstimatedBudget = new Money(250_000m),
        EstimatedDurationMonths = 9,
        Scores = new PriorityCriteria(strategic, 3, 3, 3, 3),
        Requester = Requester,
        Status = DemandStatus.Qualified,
        SubmittedAt = Paris.At(11, 2, 10),
    };

    /// <summary>A world just before the pack's time, with the settings and three qualified demands.</summary>
    public static async Task<(VirtualWorld World, FlakyDemandStore Demands)> StartAsync(ArbitrationRule rule = ArbitrationRule.Majority)
    {
        FlakyDemandStore? demands = null;
        var world = new VirtualWorld(PackSent.AddMinutes(-10), services: s =>
        {
            // The services see the real SQLite store through a wrapper that can fail one demand write.
            var real = (IPortfolioStore)s.Last(d => d.ServiceType == typeof(IPortfolioStore)).ImplementationInstance!;
            s.AddSingleton<IPortfolioStore>(demands = new FlakyDemandStore(real));
        });
        await world.SeedAsync(Settings(rule));
        foreach (var demand in new[] { Demand("ALPHA", 5), Demand("BETA", 3), Demand("GAMMA", 1) })
        {
            await world.Store.Demands.CreateAsync(demand);
        }

        await world.AdvanceToAsync(PackSent);
        await world.TickAsync();
        return (world, demands!);
    }

    public static OrchestrationRunView Session(VirtualWorld world) => new(world.Instance(InstanceIds.Arbitration(December)));

    /// <summary>The member's vote link as received in the pack.</summary>
    public static string TokenOf(VirtualWorld world, Contact member) =>
        world.Mailer.Sent.First(m => m.To == member.Email && m.Kind == "arbitration-pack").Token();

    public static Task VoteAsync(VirtualWorld world, Contact member, params (string Demand, VoteChoice Choice)[] votes) =>
        world.ActAsync(sp => sp.GetRequiredService<ArbitrationVoteService>()
            .VoteAsync(TokenOf(world, member), [.. votes.Select(v => new BallotInput(v.Demand, v.Choice, $"{member.Name} on {v.Demand}"))]));

    public static LinkIssuer Issuer(VirtualWorld world) => world.Get<LinkIssuer>();
}

/// <summary>The session's instance with its typed result.</summary>
internal sealed record OrchestrationRunView(Pmo.Hosting.Durable.Testing.OrchestrationRun Run)
{
    public async Task<ArbitrationResult> ResultAsync() => (ArbitrationResult)(await Run.Completion)!;
}
