namespace Pmo.Workflows.Scheduling;

/// <summary>
/// Starts the governance orchestrations with their calendar deadlines under deterministic ids: used by the scheduler
/// tick and by "run now" (demo, CLI, API). Starting twice finds the existing instance.
/// </summary>
public sealed class WorkflowRunner(IPortfolioStore store, OrchestrationStarter starter, TimeProvider time) : IReviewPackRunner
{
    public async Task<(string InstanceId, bool Started)> StartWeeklyCycleAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        var calendar = await CalendarAsync(cancellationToken);
        return await StartWeeklyCycleAsync(new WeeklyCycleInput(week, calendar.ForWeek(week)), cancellationToken);
    }

    /// <summary>With explicit deadlines (demo and tests on a scaled clock).</summary>
    public async Task<(string InstanceId, bool Started)> StartWeeklyCycleAsync(WeeklyCycleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = InstanceIds.Weekly(input.Week);
        return (id, await starter.EnsureStartedAsync(nameof(WeeklyCycleOrchestrator), id, input, cancellationToken));
    }

    public async Task<(string InstanceId, bool Started)> StartMonthlyReviewAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        var calendar = await CalendarAsync(cancellationToken);
        var deadlines = calendar.ForMonth(month);
        var now = time.GetUtcNow();
        if (deadlines.AutoApproveUtc <= now)
        {
            // Run late or by hand: the PMO still gets the full approval delay from now.
            var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
            deadlines = deadlines with { AutoApproveUtc = now + settings.PackAutoApproveAfter };
        }

        return await StartMonthlyReviewAsync(new MonthlyReviewInput(month, deadlines), cancellationToken);
    }

    public async Task<(string InstanceId, bool Started)> StartMonthlyReviewAsync(MonthlyReviewInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = InstanceIds.Review(input.Month);
        return (id, await starter.EnsureStartedAsync(nameof(MonthlyReviewOrchestrator), id, input, cancellationToken));
    }

    /// <summary>
    /// Starts the arbitration session of <paramref name="month"/> (tick or run now); null when the schedule has no
    /// session that month.
    /// </summary>
    public async Task<(string InstanceId, bool Started)?> StartArbitrationAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        return ArbitrationSchedule.For(settings, month, time.GetUtcNow()) is { } dates
            ? await StartArbitrationAsync(new ArbitrationInput(month, dates), cancellationToken)
            : null;
    }

    public async Task<(string InstanceId, bool Started)> StartArbitrationAsync(ArbitrationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = InstanceIds.Arbitration(input.Month);
        return (id, await starter.EnsureStartedAsync(nameof(ArbitrationOrchestrator), id, input, cancellationToken));
    }

    /// <summary><see cref="IReviewPackRunner"/>: the API's "run this month's review now".</summary>
    public async Task<string> RunNowAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        (await StartMonthlyReviewAsync(month, cancellationToken)).InstanceId;

    private async Task<GovernanceCalendar> CalendarAsync(CancellationToken cancellationToken) =>
        CalendarCache.For(await store.Settings.GetOrDefaultAsync(cancellationToken));
}
