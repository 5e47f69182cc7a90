using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;
using Pmo.Api.Auth;
using Pmo.Application.Ports.Workflows;
using Pmo.Mail;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Local.Hosting;

/// <summary>Where an online backup was written.</summary>
public sealed record BackupResult(string Path, long Bytes);

/// <summary>How many finished orchestrations a purge removed.</summary>
public sealed record PurgeOutcome(int Purged);

/// <summary>What a run-now call started (or found already there: instance ids are deterministic).</summary>
public sealed record RunNowResult(string InstanceId, bool Started);

/// <summary>
/// Routes that exist only on the local host (never on Azure), admin only: run a calendar event now instead of waiting
/// for it, run a scheduler tick, back up the store, purge old orchestration history, and read the .eml outbox as
/// JSON (the dashboard shows it as HTML).
/// </summary>
public static class LocalApi
{
    public static RouteGroupBuilder MapLocalApi(this IEndpointRouteBuilder endpoints)
    {
        var local = endpoints.MapGroup("/api/local").WithTags("Local").RequireAuthorization(PmoRoles.AdminPolicy);
        local.MapPost("/run-now/chase", RunChase);
        local.MapPost("/run-now/review", RunReview);
        local.MapPost("/run-now/arbitration", RunArbitration);
        local.MapPost("/run-now/tick", RunTick);
        local.MapPost("/backup", Backup);
        local.MapPost("/purge", Purge);
        local.MapGet("/outbox", ListOutbox);
        local.MapGet("/outbox/{fileName}", ReadOutbox);
        return local;
    }

    /// <summary>
    /// Opens the week's chase now: the whole weekly cycle, or one project's chase with <c>project</c>. With
    /// <c>secondsPerWeek</c> the week's deadlines are compressed from now (<see cref="CompressedWeek"/>), so the
    /// reminders, "missed" notices and digest follow within minutes.
    /// </summary>
    internal static async Task<Results<Accepted<RunNowResult>, ProblemHttpResult>> RunChase(
        string? week, string? project, int? secondsPerWeek, WorkflowRunner runner, OrchestrationStarter starter, IPortfolioStore store, TimeProvider time, CancellationToken ct)
    {
        if (secondsPerWeek is { } seconds && (seconds < CompressedWeek.Shortest.TotalSeconds || seconds > TimeSpan.FromDays(7).TotalSeconds))
        {
            return Invalid("secondsPerWeek", $"must be between {CompressedWeek.Shortest.TotalSeconds:0} and {TimeSpan.FromDays(7).TotalSeconds:0} (one week).");
        }

        var settings = await store.Settings.GetOrDefaultAsync(ct);
        var calendar = new GovernanceCalendar(settings);
        IsoWeek target;
        if (week is null)
        {
            target = calendar.WeekAt(time.GetUtcNow());
        }
        else if (!IsoWeek.TryParse(week, out target))
        {
            return Invalid("week", "must be an ISO week such as 2026-W48.");
        }

        var deadlines = calendar.ForWeek(target);
        if (secondsPerWeek is { } realWeek)
        {
            deadlines = CompressedWeek.From(deadlines, time.GetUtcNow(), TimeSpan.FromSeconds(realWeek));
        }

        if (project is null)
        {
            var (id, started) = await runner.StartWeeklyCycleAsync(new WeeklyCycleInput(target, deadlines), ct);
            return Accepted(id, started);
        }

        if (await store.Projects.FindAsync(project, ct) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No project '{project}'.");
        }

        var instance = InstanceIds.Chase(project, target);
        var input = new ChaseInput(project, target, deadlines);
        return Accepted(instance, await starter.EnsureStartedAsync(nameof(ChaseOrchestrator), instance, input, ct));
    }

    /// <summary>Runs a month's review now (default: the month before this one, as the calendar would).</summary>
    internal static async Task<Results<Accepted<RunNowResult>, ProblemHttpResult>> RunReview(
        string? month, WorkflowRunner runner, TimeProvider time, CancellationToken ct)
    {
        YearMonth target;
        if (month is null)
        {
            var now = time.GetUtcNow();
            target = new YearMonth(now.Year, now.Month).Previous();
        }
        else if (!YearMonth.TryParse(month, null, out target))
        {
            return Invalid("month", "must be a month such as 2026-11.");
        }

        var (id, started) = await runner.StartMonthlyReviewAsync(target, ct);
        return Accepted(id, started);
    }

    /// <summary>
    /// Runs a month's arbitration session now (default: this month). Past its deadline, the members get the full vote
    /// window from now; a month the schedule skips, or any month without a committee, is a 404.
    /// </summary>
    internal static async Task<Results<Accepted<RunNowResult>, ProblemHttpResult>> RunArbitration(
        string? month, WorkflowRunner runner, TimeProvider time, CancellationToken ct)
    {
        YearMonth target;
        if (month is null)
        {
            var now = time.GetUtcNow();
            target = new YearMonth(now.Year, now.Month);
        }
        else if (!YearMonth.TryParse(month, null, out target))
        {
            return Invalid("month", "must be a month such as 2027-03.");
        }

        return await runner.StartArbitrationAsync(target, ct) is { } run
            ? Accepted(run.InstanceId, run.Started)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"The arbitration schedule has no session in {target}, or the settings name no arbitration committee (intake.arbitrationCommittee).");
    }

    internal static async Task<Ok<TickResult>> RunTick(SchedulerTick tick, CancellationToken ct) =>
        TypedResults.Ok(await tick.RunAsync(ct));

    /// <summary>
    /// An online backup of the SQLite store (VACUUM INTO a new file under data/backups). Backups in the same second
    /// get their own files (<see cref="BackupFile"/>); past <see cref="BackupFile.MaxPerSecond"/> of them, a 409.
    /// </summary>
    internal static async Task<Results<Ok<BackupResult>, ProblemHttpResult>> Backup(SqlitePortfolioStore store, DataFolder data, TimeProvider time, CancellationToken ct)
    {
        if (BackupFile.Reserve(data.Backups, time.GetUtcNow()) is not { } path)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Too many backups",
                detail: $"{BackupFile.MaxPerSecond} backups were already taken this second; try again in a second.");
        }

        try
        {
            await store.BackupToAsync(path, ct);
        }
        catch
        {
            // No empty or half-written file left behind to be mistaken for a backup.
            File.Delete(path);
            throw;
        }

        return TypedResults.Ok(new BackupResult(path, new FileInfo(path).Length));
    }

    /// <summary>Deletes the history of finished orchestrations created more than <c>olderThanDays</c> ago (default 90).</summary>
    internal static async Task<Results<Ok<PurgeOutcome>, ProblemHttpResult>> Purge(DurableTaskClient client, TimeProvider time, CancellationToken ct, int olderThanDays = 90)
    {
        if (olderThanDays < 1)
        {
            return Invalid("olderThanDays", "must be at least 1.");
        }

        // The preview sidecar dereferences CreatedFrom without a null check: give it the epoch.
        var filter = new PurgeInstancesFilter(
            CreatedFrom: DateTimeOffset.UnixEpoch,
            CreatedTo: time.GetUtcNow().AddDays(-olderThanDays),
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]);
        var result = await client.PurgeAllInstancesAsync(filter, ct);
        return TypedResults.Ok(new PurgeOutcome(result.PurgedInstanceCount));
    }

    internal static async Task<Ok<IReadOnlyList<OutboxEntry>>> ListOutbox(OutboxReader reader, CancellationToken ct, int max = 200) =>
        TypedResults.Ok(await reader.ListAsync(Math.Clamp(max, 0, 1000), ct));

    internal static async Task<Results<Ok<OutboxMessage>, NotFound>> ReadOutbox(string fileName, OutboxReader reader, CancellationToken ct) =>
        await reader.ReadAsync(fileName, ct) is { } message ? TypedResults.Ok(message) : TypedResults.NotFound();

    private static Accepted<RunNowResult> Accepted(string instanceId, bool started) =>
        TypedResults.Accepted($"/api/orchestrations/{instanceId}", new RunNowResult(instanceId, started));

    private static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
        });
}
