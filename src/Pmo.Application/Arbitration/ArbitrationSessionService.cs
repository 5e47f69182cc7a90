namespace Pmo.Application.Arbitration;

/// <summary>A session as the API shows it: agenda and votes, and once the deadline has passed, each demand's outcome.</summary>
public sealed record ArbitrationSessionView(ArbitrationSession Session, bool Closed, IReadOnlyList<ArbitrationDecision> Outcome);

/// <summary>Reads the arbitration sessions for the API (GET /api/arbitration/sessions, …/{month}).</summary>
public sealed class ArbitrationSessionService(IPortfolioStore store, TimeProvider time)
{
    public async Task<ArbitrationSessionView> GetAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        var session = await store.ArbitrationSessions.FindAsync(month, cancellationToken)
            ?? throw new NotFoundException("ArbitrationSession", month.ToString());
        return View(session.Value);
    }

    /// <summary>The history, newest month first.</summary>
    public async Task<IReadOnlyList<ArbitrationSessionView>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        [.. (await store.ArbitrationSessions.ListRecentAsync(limit, cancellationToken)).Select(View)];

    private ArbitrationSessionView View(ArbitrationSession session)
    {
        // Before the deadline an outcome would only be a forecast that later votes may change: none is shown.
        var closed = time.GetUtcNow() >= session.DeadlineUtc;
        return new ArbitrationSessionView(session, closed, closed ? [.. session.Agenda.Select(id => ArbitrationOutcome.Decide(session, id))] : []);
    }
}
