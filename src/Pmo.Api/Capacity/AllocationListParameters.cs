namespace Pmo.Api.Capacity;

/// <summary>The allocation list's query string, bound as text and validated by <see cref="ToQuery"/> (a 400 naming the parameter).</summary>
public sealed record AllocationListParameters(
    [FromQuery(Name = "person")] string? Person,
    [FromQuery(Name = "project")] string? Project,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To)
{
    public AllocationQuery ToQuery() => new()
    {
        PersonId = string.IsNullOrEmpty(Person) ? null : RouteValues.Id(Person, "person"),
        ProjectId = string.IsNullOrEmpty(Project) ? null : RouteValues.Id(Project, "project"),
        From = string.IsNullOrEmpty(From) ? null : RouteValues.Month(From, "from"),
        To = string.IsNullOrEmpty(To) ? null : RouteValues.Month(To, "to"),
    };
}
