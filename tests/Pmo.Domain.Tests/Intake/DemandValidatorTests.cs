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

    [Fact]
    public void Each_bad_staffing_row_is_named_by_its_index_and_field()
    {
        var demand = Demand() with
        {
            Staffing =
            [
                new DemandStaffing("Data engineer", new YearMonth(2027, 3), 40),
                new DemandStaffing(" ", new YearMonth(2027, 3), 0),
                new DemandStaffing(new string('r', DemandValidator.MaxRoleLength + 1), new YearMonth(1999, 12), 2000.5m),
                new DemandStaffing("Architect", default, -1),
                null!,
            ],
        };

        var errors = DemandValidator.Validate(demand);

        Assert.Equal(
            ["staffing[1].days", "staffing[1].role", "staffing[2].days", "staffing[2].month", "staffing[2].role", "staffing[3].days", "staffing[3].month", "staffing[4]"],
            errors.Fields.Order(StringComparer.Ordinal));
        Assert.Equal(["must be at most 2000 days."], errors.ToDictionary()["staffing[2].days"]);
        Assert.Equal(["must be a month between 2000-01 and 2100-12."], errors.ToDictionary()["staffing[3].month"]);
    }

    [Fact]
    public void Staffing_is_optional_but_bounded_in_rows()
    {
        var twoMonths = Demand() with
        {
            Staffing = [new DemandStaffing("Data engineer", new YearMonth(2100, 12), 2000), new DemandStaffing("Architect", new YearMonth(2000, 1), 0.5m)],
        };
        var tooMany = Demand() with
        {
            Staffing = [.. Enumerable.Range(0, DemandValidator.MaxStaffingRows + 1).Select(i => new DemandStaffing($"Role {i}", new YearMonth(2027, 3), 1))],
        };

        Assert.True(DemandValidator.Validate(Demand() with { Staffing = [] }).IsValid);
        Assert.True(DemandValidator.Validate(twoMonths).IsValid, DemandValidator.Validate(twoMonths).ToString());
        Assert.Equal(["staffing"], DemandValidator.Validate(tooMany).Fields);
    }
}
