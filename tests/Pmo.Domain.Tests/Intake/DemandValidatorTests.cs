using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using static Pmo.Domain.Tests.Intake.IntakeSamples;

namespace Pmo.Domain.Tests.Intake;

public class DemandValidatorTests
{
    [Fact]
    public void Sample_demand_is_valid()
    {
        Assert.True(DemandValidator.Validate(Demand()).IsValid, DemandValidator.Validate(Demand()).ToString());
    }

    [Fact]
    public void Every_invalid_demand_field_is_reported_by_its_json_path()
    {
        var demand = Demand() with
        {
            Id = "bad id",
            Title = "",
            Sponsor = new Contact("", "not-an-email", (Language)7),
            Department = " ",
            BusinessCase = "",
            ExpectedBenefits = new string('x', 4001),
            EstimatedBudget = new Money(0, "eur"),
            EstimatedDurationMonths = 0,
            Scores = new PriorityCriteria(0, 6, 0, 6, 0),
            Attachments =
            [
                new DemandAttachment("Fine", "https://example.org/a"),
                new DemandAttachment("", "http://example.org/b"),
                new DemandAttachment("Script", "javascript:alert(1)"),
            ],
            Requester = new Contact("", ""),
            Status = (DemandStatus)42,
            ProjectId = "x",
        };

        Assert.Equal(
            [
                "attachments[1].title", "attachments[1].url", "attachments[2].url",
                "businessCase", "department",
                "estimatedBudget.amount", "estimatedBudget.currency", "estimatedDurationMonths",
                "expectedBenefits", "id", "projectId",
                "requester.email", "requester.name",
                "scores.businessValue", "scores.feasibility", "scores.riskReduction", "scores.strategicAlignment", "scores.urgency",
                "sponsor.email", "sponsor.language", "sponsor.name",
                "status", "title",
            ],
            DemandValidator.Validate(demand).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_nested_objects_are_named()
    {
        var demand = Demand() with { EstimatedBudget = null!, Scores = null!, Sponsor = null!, Requester = null! };

        Assert.Equal(
            ["estimatedBudget", "requester", "scores", "sponsor"],
            DemandValidator.Validate(demand).Fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("https://example.org/x.pdf", true)]
    [InlineData("HTTPS://EXAMPLE.ORG/x", true)]
    [InlineData("http://example.org/x.pdf", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    public void Attachments_are_absolute_https_links_only(string url, bool valid)
    {
        Assert.Equal(valid, DemandValidator.IsHttpsUrl(url));
    }

    [Fact]
    public void Too_many_attachments_are_refused()
    {
        var demand = Demand() with
        {
            Attachments = [.. Enumerable.Range(0, 21).Select(i => new DemandAttachment($"Doc {i}", $"https://example.org/{i}"))],
        };

        Assert.Equal(["attachments"], DemandValidator.Validate(demand).Fields);
    }
}
