using System.Text.Json.Nodes;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Application.Links;

namespace Pmo.Api.Tests.Infrastructure;

/// <summary>Demands as an integrator posts them, seeded demands, and the intake links the PMO and the return e-mail hand out.</summary>
public static class DemandData
{
    public const string RequesterEmail = "camille@example.org";

    public static JsonObject Content(string title = "Month-end close in three days", string requesterLanguage = "Fr", int strategic = 4) => new()
    {
        ["title"] = title,
        ["sponsor"] = new JsonObject { ["name"] = "Sam Sponsor", ["email"] = "sponsor@example.org" },
        ["department"] = "Finance",
        ["businessCase"] = "Closing the books takes ten days; three would free the team for analysis.",
        ["expectedBenefits"] = "Two FTE freed each month-end.",
        ["estimatedBudget"] = new JsonObject { ["amount"] = 250000.5m, ["currency"] = "EUR" },
        ["estimatedDurationMonths"] = 9,
        ["scores"] = new JsonObject { ["strategicAlignment"] = strategic, ["businessValue"] = 5, ["urgency"] = 3, ["riskReduction"] = 2, ["feasibility"] = 4 },
        ["attachments"] = new JsonArray(new JsonObject { ["title"] = "Slides", ["url"] = "https://example.org/close.pdf" }),
        ["requester"] = new JsonObject { ["name"] = "Camille Martin", ["email"] = RequesterEmail, ["language"] = requesterLanguage },
    };

    /// <summary>A demand stored as the API would have filed it.</summary>
    public static Demand Stored(string id, DemandStatus status = DemandStatus.Submitted, Language language = Language.Fr, DateTimeOffset? at = null)
    {
        var when = at ?? new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        return new Demand
        {
            Id = id,
            Title = $"Demand {id}",
            Sponsor = new Contact("Sam Sponsor", "sponsor@example.org"),
            Department = "Finance",
            BusinessCase = "Closing the books takes ten days.",
            ExpectedBenefits = "Two FTE freed.",
            EstimatedBudget = new Money(250_000m),
            EstimatedDurationMonths = 9,
            Scores = new PriorityCriteria(4, 5, 3, 2, 4),
            Requester = new Contact("Camille Martin", RequesterEmail, language),
            Status = status,
            SubmittedAt = when,
            ReturnedComment = status == DemandStatus.Returned ? "Add the supplier's quote." : null,
            History = [new DemandStatusChange(DemandStatus.Draft, DemandStatus.Submitted, DemandActor.Requester, RequesterEmail, when)],
        };
    }

    /// <summary>The public intake form's relative URL, in <paramref name="language"/> ("en" or "fr").</summary>
    public static string IntakeUrl(ApiServer server, string language = "en", DateTimeOffset? expires = null) =>
        "/api/forms/intake/" + Uri.EscapeDataString(
            Links.Sign(server, LinkPurpose.Intake, "", language, "pmo@example.org", expires ?? server.Clock.GetUtcNow().AddDays(30)));

    /// <summary>The amend form's relative URL for <paramref name="demandId"/>.</summary>
    public static string AmendUrl(ApiServer server, string demandId, DateTimeOffset? expires = null) =>
        "/api/forms/intake-amend/" + Uri.EscapeDataString(
            Links.Sign(server, LinkPurpose.IntakeAmend, "", demandId, RequesterEmail, expires ?? server.Clock.GetUtcNow().AddDays(30)));
}
