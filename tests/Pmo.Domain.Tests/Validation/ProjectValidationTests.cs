using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Validation;

public class ProjectValidationTests
{
    [Fact]
    public void Sample_project_is_valid()
    {
        Assert.True(Validators.Validate(Project()).IsValid);
    }

    [Fact]
    public void Every_invalid_field_is_reported_by_its_JSON_path()
    {
        var project = Project() with
        {
            Name = " ",
            Sponsor = new Contact("", "claire-at-example"),
            Manager = new Contact("Paul", ""),
            Phase = (ProjectPhase)42,
            Priority = new PriorityCriteria(Urgency: 0, Feasibility: 6),
            Budget = new Budget(-1m, -2m, 10m, "euro"),
            BaselineEnd = new DateOnly(2025, 12, 31),
            Milestones = [new Milestone("Design", new DateOnly(2026, 3, 1)), new Milestone("", default), new Milestone("design", new DateOnly(2026, 4, 1))],
        };

        var errors = Validators.Validate(project);

        Assert.Equal(
            [
                "baselineEnd", "budget.actualToDate", "budget.approved", "budget.currency",
                "manager.email", "milestones[1].baseline", "milestones[1].name", "milestones[2].name",
                "name", "phase", "priority.feasibility", "priority.urgency", "sponsor.email", "sponsor.name",
            ],
            errors.Fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("has space")]
    [InlineData("slash/id")]
    [InlineData("accentué")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789_abc")]
    public void Project_id_outside_2_to_40_url_safe_characters_is_refused(string id)
    {
        Assert.Equal(["id"], Validators.Validate(Project(id)).Fields);
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("crm_2026-phase-2")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789_ab")]
    public void Project_id_of_2_to_40_url_safe_characters_is_accepted(string id)
    {
        Assert.True(Validators.Validate(Project(id)).IsValid);
    }

    [Fact]
    public void Forecast_end_before_start_is_refused()
    {
        var errors = Validators.Validate(Project() with { ForecastEnd = new DateOnly(2025, 6, 1) });

        Assert.Equal(["forecastEnd"], errors.Fields);
    }

    [Fact]
    public void Missing_nested_objects_are_reported_as_required()
    {
        var project = Project() with { Sponsor = null!, Budget = null!, Priority = null! };

        Assert.Equal(["budget", "priority", "sponsor"], Validators.Validate(project).Fields.Order(StringComparer.Ordinal));
    }
}
