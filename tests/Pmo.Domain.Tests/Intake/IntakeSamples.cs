using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Domain.Tests.Intake;

/// <summary>Valid demands and sessions; tests change only the fields they are about.</summary>
internal static class IntakeSamples
{
    public static readonly Contact Alice = new("Alice Chair", "alice@example.org");
    public static readonly Contact Bob = new("Bob Member", "bob@example.org", Language.Fr);
    public static readonly Contact Carol = new("Carol Member", "carol@example.org");
    public static readonly Contact Dan = new("Dan Member", "dan@example.org");

    public static Demand Demand(string id = "D-001", DemandStatus status = DemandStatus.Draft) => new()
    {
        Id = id,
        Title = "Data platform",
        Sponsor = new Contact("Claire Sponsor", "claire@example.org"),
        Department = "Finance",
        BusinessCase = "Month-end closing takes nine days.",
        ExpectedBenefits = "Closing in five days.",
        EstimatedBudget = new Money(250_000m),
        EstimatedDurationMonths = 9,
        Scores = new PriorityCriteria(4, 4, 3, 2, 3),
        Attachments = [new DemandAttachment("Business case", "https://docs.example.org/bc.pdf")],
        Requester = new Contact("Rémi Requester", "remi@example.org", Language.Fr),
        Status = status,
    };

    public static ArbitrationSession Session(ArbitrationRule rule = ArbitrationRule.Majority, params ArbitrationVote[] votes) => new()
    {
        Id = "arbitration-2027-03",
        Month = new YearMonth(2027, 3),
        Members = [Alice, Bob, Carol, Dan],
        Chair = Alice,
        Rule = rule,
        Agenda = ["D-001", "D-002"],
        Votes = votes,
        DeadlineUtc = Samples.Utc(2027, 3, 9, 13),
    };

    public static ArbitrationVote Vote(Contact member, VoteChoice choice, string demandId = "D-001", int minute = 0) =>
        new(member.Email, demandId, choice, Samples.Utc(2027, 3, 5, 10, minute));
}
