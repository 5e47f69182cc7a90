using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>A small valid demand for the contract tests (kept apart from <see cref="Samples"/>); vary it with <c>with</c>.</summary>
public static class DemandSamples
{
    public static Demand Demand(string id, DemandStatus status = DemandStatus.Submitted) => new()
    {
        Id = id,
        Title = $"Demand {id}",
        Sponsor = new Contact("Sponsor", "sponsor@example.org"),
        Department = "Finance",
        BusinessCase = "Close the books in three days instead of ten.",
        ExpectedBenefits = "Two FTE freed each month-end.",
        EstimatedBudget = new Money(250_000.50m, "EUR"),
        EstimatedDurationMonths = 9,
        Scores = new PriorityCriteria(4, 5, 3, 2, 4),
        Attachments = [new DemandAttachment("Slides", "https://example.org/slides.pdf")],
        Staffing = [new DemandStaffing("Data engineer", new YearMonth(2027, 3), 40), new DemandStaffing("Architecte", new YearMonth(2027, 4), 2.5m)],
        Requester = new Contact("Camille Requester", "camille@example.org", Language.Fr),
        Status = status,
        SubmittedAt = Samples.Instant,
        History = [new DemandStatusChange(DemandStatus.Draft, DemandStatus.Submitted, DemandActor.Requester, "camille@example.org", Samples.Instant)],
    };
}
