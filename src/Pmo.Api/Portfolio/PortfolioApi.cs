namespace Pmo.Api.Portfolio;

/// <summary>/api/portfolio: the summary and KPIs of a week, and the prioritised portfolio.</summary>
public static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this RouteGroupBuilder api)
    {
        var portfolio = api.MapArea("/portfolio", "Portfolio").ForReaders();
        portfolio.MapGet("/summary", Summary);
        portfolio.MapGet("/kpis", Kpis);
        portfolio.MapGet("/prioritised", Prioritised);
        return api;
    }

    /// <summary>One active project's line in the summary.</summary>
    public sealed record ProjectLine(string Id, string Name, string Manager, ProjectPhase Phase, Rag? LatestRag, IsoWeek? LatestUpdateWeek, UpdateRequestStatus? ThisWeek);

    public sealed record SummaryView(IsoWeek Week, PortfolioKpis Kpis, IReadOnlyList<ProjectLine> Projects, int OpenEscalations);

    public sealed record Ranked(int Rank, string Id, string Name, decimal Score, PriorityCriteria Priority);

    public static async Task<Ok<SummaryView>> Summary(
        [FromQuery] string? week, PortfolioSummaryService service, CancellationToken cancellationToken)
    {
        var s = await service.SummaryAsync(RouteValues.OptionalWeek(week, "week"), cancellationToken);
        var requests = s.Requests.ToDictionary(r => r.ProjectId, r => r.Status, StringComparer.Ordinal);
        var lines = s.ActiveProjects
            .Select(p => new ProjectLine(p.Id, p.Name, p.Manager.Name, p.Phase, p.LatestRag, p.LatestUpdateWeek, requests.TryGetValue(p.Id, out var st) ? st : null))
            .ToList();
        return TypedResults.Ok(new SummaryView(s.Week, s.Kpis, lines, s.OpenEscalations.Count));
    }

    public static async Task<Ok<PortfolioKpis>> Kpis([FromQuery] string? week, PortfolioSummaryService service, CancellationToken cancellationToken) =>
        TypedResults.Ok((await service.SummaryAsync(RouteValues.OptionalWeek(week, "week"), cancellationToken)).Kpis);

    public static async Task<Ok<IReadOnlyList<Ranked>>> Prioritised(PortfolioSummaryService service, CancellationToken cancellationToken)
    {
        var ranked = await service.PrioritisedAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<Ranked>>(ranked.Select(r => new Ranked(r.Rank, r.Project.Id, r.Project.Name, r.Score, r.Project.Priority)).ToList());
    }
}
