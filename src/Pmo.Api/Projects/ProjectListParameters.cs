namespace Pmo.Api.Projects;

/// <summary>
/// The project list's query string, bound as text: <see cref="ToQuery"/> validates it, so a bad value is a 400 naming
/// its parameter rather than the framework's bare 400.
/// </summary>
public sealed record ProjectListParameters(
    [FromQuery(Name = "phase")] string? Phase,
    [FromQuery(Name = "active")] string? Active,
    [FromQuery(Name = "portfolio")] string? Portfolio,
    [FromQuery(Name = "manager")] string? Manager,
    [FromQuery(Name = "rag")] string? Rag,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "pageSize")] string? PageSize,
    [FromQuery(Name = "continuation")] string? Continuation)
{
    public ProjectQuery ToQuery() => new()
    {
        Phase = RouteValues.Enum<ProjectPhase>(Phase, "phase"),
        ActiveOnly = RouteValues.Bool(Active, "active"),
        Portfolio = RouteValues.Text(Portfolio, "portfolio"),
        ManagerEmail = RouteValues.Text(Manager, "manager", 254),
        LatestRag = RouteValues.Enum<Rag>(Rag, "rag"),
        Text = RouteValues.Text(Q, "q"),
        PageSize = RouteValues.Int(PageSize, "pageSize", 50, 1, ProjectService.MaxPageSize),
        ContinuationToken = RouteValues.Text(Continuation, "continuation", 1000),
    };
}
