namespace Pmo.Application.Portfolio;

/// <summary>
/// Starts the monthly review of a month now, rather than at its scheduled time. Implemented over the
/// DurableTaskClient with the deterministic instance id <c>review-yyyy-MM</c>, so starting twice is harmless.
/// </summary>
public interface IReviewPackRunner
{
    /// <summary>Returns the orchestration instance id.</summary>
    Task<string> RunNowAsync(YearMonth month, CancellationToken cancellationToken = default);
}
