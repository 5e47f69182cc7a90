using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract.Crud;

/// <summary>One <see cref="ICrudCase"/> per aggregate of the port, by name (the theory data of the CRUD tests).</summary>
public static class CrudCases
{
    private static readonly Dictionary<string, ICrudCase> Cases = new(StringComparer.Ordinal)
    {
        ["Project"] = new CrudCase<Project>(
            s => s.Projects,
            n => Samples.Project($"P-{n:D3}"),
            p => p with { Name = p.Name + " (renamed)", Phase = ProjectPhase.Closing }),
        ["StatusUpdate"] = new CrudCase<StatusUpdate>(
            s => s.StatusUpdates,
            n => Samples.StatusUpdate($"P-{n:D3}", Samples.Week),
            u => u with { Overall = Rag.Red, Difficulties = "Supplier late" }),
        ["UpdateRequest"] = new CrudCase<UpdateRequest>(
            s => s.UpdateRequests,
            n => Samples.UpdateRequest($"P-{n:D3}", Samples.Week),
            r => r with { Status = UpdateRequestStatus.Reminded, RemindedAt = Samples.Instant.AddDays(2) }),
        ["Risk"] = new CrudCase<Risk>(
            s => s.Risks,
            n => Samples.Risk($"R-{n:D3}"),
            r => r with { Status = RiskStatus.Mitigating, Probability = 5 }),
        ["Issue"] = new CrudCase<ProjectIssue>(
            s => s.Issues,
            n => Samples.Issue($"I-{n:D3}"),
            i => i with { Status = IssueStatus.Resolved, Severity = IssueSeverity.Critical }),
        ["Decision"] = new CrudCase<Decision>(
            s => s.Decisions,
            n => Samples.Decision($"D-{n:D3}"),
            d => d with { Outcome = DecisionOutcome.Defer, Rationale = "Wait for Q1" }),
        ["Escalation"] = new CrudCase<Escalation>(
            s => s.Escalations,
            n => Samples.Escalation($"E-{n:D3}"),
            e => e with { Status = EscalationStatus.Decided, DecidedAt = Samples.Instant.AddDays(5), DecisionId = "D-001" }),
        ["ReviewPack"] = new CrudCase<ReviewPack>(
            s => s.ReviewPacks,
            n => Samples.ReviewPack(new YearMonth(2026, n)),
            p => p with { Status = ReviewPackStatus.Approved, ApprovedBy = "auto", ApprovedAt = Samples.Instant.AddDays(1) }),
        ["Person"] = new CrudCase<Domain.Capacity.Person>(
            s => s.People,
            n => CapacitySamples.Person($"ana-{n}"),
            p => p with { CapacityDaysPerMonth = 20, Skills = ["Python"], Absences = [] }),
        ["Demand"] = new CrudCase<Pmo.Domain.Intake.Demand>(
            s => s.Demands,
            n => DemandSamples.Demand($"DEM-{n:D3}"),
            d => d with { Status = Pmo.Domain.Intake.DemandStatus.Returned, ReturnedComment = "Add the supplier's quote" }),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    public static ICrudCase Get(string name) => Cases[name];
}
