using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;
using Pmo.Storage.Contract;
using Pmo.Storage.Sqlite.Writes;

namespace Pmo.Storage.Sqlite.Tests;

/// <summary>
/// Group commit on a real file: writers that queue while a transaction is being written are committed together in the
/// next one, each with its own outcome. A batch is built without timing: a first writer holds the transaction open
/// until the test has queued the others (a write is queued before its call returns), then lets it go.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private static readonly IsoWeek Week = new(2026, 48);

    private readonly TempDatabase _database = new();
    private readonly ConcurrentQueue<WriteBatchReport> _batches = new();
    private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SqlitePortfolioStore _store = null!;

    private SqliteDatabase Database => _store.Database;

    public async Task InitializeAsync()
    {
        _store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        Database.Writes.BatchCompleted += _batches.Enqueue;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _database.Delete();
    }

    [Fact]
    public async Task A_lone_writer_commits_within_its_own_call_without_waiting_for_company()
    {
        var created = _store.Projects.CreateAsync(Samples.Project("P-001"));

        // The first writer writes its transaction at once: nothing waits for other writers to join.
        Assert.True(created.IsCompleted);
        await created;
        Assert.Equal([new WriteBatchReport(1, 1, 0)], _batches);
        Assert.Equal(1L, await CountAsync("project"));
    }

    [Fact]
    public async Task Writers_queued_behind_a_transaction_commit_together_in_the_next_one()
    {
        var holder = await HoldTheWriterAsync();
        var creates = Enumerable.Range(1, 10).Select(i => _store.Projects.CreateAsync(Samples.Project($"P-{i:D3}"))).ToList();
        Assert.Equal(10, Database.Writes.Queued);
        Assert.All(creates, c => Assert.False(c.IsCompleted));

        _release.SetResult();
        await holder;
        var saved = await Task.WhenAll(creates);

        Assert.Equal([new WriteBatchReport(1, 1, 0), new WriteBatchReport(10, 10, 0)], _batches);
        Assert.Equal(10L, await CountAsync("project"));
        foreach (var version in saved)
        {
            Assert.Equal(version.ETag, (await _store.Projects.FindAsync(version.Value.Id))?.ETag);
        }
    }

    [Fact]
    public async Task A_batch_holds_at_most_its_bound_and_the_rest_follows_in_the_next_transaction()
    {
        var holder = await HoldTheWriterAsync();
        var creates = Enumerable.Range(1, WriteQueue.MaxBatch + 2).Select(i => _store.Projects.CreateAsync(Samples.Project($"P-{i:D4}"))).ToList();

        _release.SetResult();
        await holder;
        await Task.WhenAll(creates);

        Assert.Equal([1, WriteQueue.MaxBatch, 2], _batches.Select(b => b.Writers));
        Assert.Equal((long)WriteQueue.MaxBatch + 2, await CountAsync("project"));
    }

    [Fact]
    public async Task A_stale_etag_in_a_batch_fails_alone_and_the_others_commit()
    {
        var p1 = await _store.Projects.CreateAsync(Samples.Project("P-001"));
        var p2 = await _store.Projects.CreateAsync(Samples.Project("P-002"));
        var p3 = await _store.Projects.CreateAsync(Samples.Project("P-003"));
        var p2Now = await _store.Projects.ReplaceAsync(p2.Value with { Name = "Edited meanwhile" }, p2.ETag);
        _batches.Clear();

        var holder = await HoldTheWriterAsync();
        var first = _store.Projects.ReplaceAsync(p1.Value with { Name = "One" }, p1.ETag);
        var stale = _store.Projects.ReplaceAsync(p2.Value with { Name = "Lost" }, p2.ETag);
        var third = _store.Projects.ReplaceAsync(p3.Value with { Name = "Three" }, p3.ETag);
        _release.SetResult();
        await holder;

        await Assert.ThrowsAsync<ConcurrencyException>(() => stale);
        Assert.Equal((await first).ETag, (await _store.Projects.FindAsync("P-001"))?.ETag);
        Assert.Equal("One", (await _store.Projects.FindAsync("P-001"))?.Value.Name);
        Assert.Equal("Three", (await _store.Projects.FindAsync("P-003"))?.Value.Name);
        Assert.Equal((await third).ETag, (await _store.Projects.FindAsync("P-003"))?.ETag);
        var p2Stored = await _store.Projects.FindAsync("P-002");
        Assert.Equal(p2Now.ETag, p2Stored?.ETag);
        Assert.Equal("Edited meanwhile", p2Stored?.Value.Name);
        Assert.Equal(new WriteBatchReport(3, 2, 1), _batches.Last());
    }

    [Fact]
    public async Task Submissions_in_one_batch_keep_their_own_outcomes_and_each_records_its_project()
    {
        await _store.Projects.CreateAsync(Samples.Project("P-001"));
        await _store.Projects.CreateAsync(Samples.Project("P-002"));
        await _store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-002", Week), ifMatch: null);
        _batches.Clear();

        var holder = await HoldTheWriterAsync();
        var answered = _store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", Week) with { Overall = Rag.Red }, ifMatch: null);
        var duplicate = _store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-002", Week) with { Overall = Rag.Red }, ifMatch: null);
        var nextWeek = _store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-002", Week.AddWeeks(1)) with { Overall = Rag.Amber }, ifMatch: null);
        _release.SetResult();
        await holder;

        await Assert.ThrowsAsync<AlreadyExistsException>(() => duplicate);
        Assert.Equal((await answered).ETag, (await _store.StatusUpdates.FindAsync("P-001", Week))?.ETag);
        Assert.Equal((await nextWeek).ETag, (await _store.StatusUpdates.FindAsync("P-002", Week.AddWeeks(1)))?.ETag);
        Assert.Equal(Rag.Green, (await _store.StatusUpdates.FindAsync("P-002", Week))?.Value.Overall);
        Assert.Equal(Rag.Red, (await _store.Projects.FindAsync("P-001"))?.Value.LatestRag);
        Assert.Equal((Rag.Amber, Week.AddWeeks(1)), await LatestAsync("P-002"));
        Assert.Equal(new WriteBatchReport(3, 2, 1), _batches.Last());
    }

    [Fact]
    public async Task A_constraint_failure_in_a_batch_fails_alone_and_undoes_its_earlier_statements()
    {
        var holder = await HoldTheWriterAsync();
        var before = _store.Projects.CreateAsync(Samples.Project("P-001"));
        var failing = Database.WriteAsync(async scope =>
        {
            await ExecuteAsync(scope, "INSERT INTO documents (tenant, kind, id, etag, body) VALUES ('tenant-a', 'test', 'X-1', 'e1', '{}');");
            // The same key again, without ON CONFLICT: SQLITE_CONSTRAINT on the second statement.
            await ExecuteAsync(scope, "INSERT INTO documents (tenant, kind, id, etag, body) VALUES ('tenant-a', 'test', 'X-1', 'e2', '{}');");
            return 0;
        }, CancellationToken.None);
        var after = _store.Projects.CreateAsync(Samples.Project("P-002"));
        _release.SetResult();
        await holder;

        var error = await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        await before;
        await after;
        Assert.Equal(0L, await CountAsync("test"));
        Assert.Equal(2L, await CountAsync("project"));
        Assert.Equal(new WriteBatchReport(3, 2, 1), _batches.Last());
    }

    [Fact]
    public async Task A_writer_that_throws_after_writing_is_rolled_back_alone()
    {
        var holder = await HoldTheWriterAsync();
        var before = _store.Projects.CreateAsync(Samples.Project("P-001"));
        var throwing = Database.WriteAsync<int>(async scope =>
        {
            await ExecuteAsync(scope, "INSERT INTO documents (tenant, kind, id, etag, body) VALUES ('tenant-a', 'test', 'X-1', 'e1', '{}');");
            throw new InvalidOperationException("mid-write failure");
        }, CancellationToken.None);
        var after = _store.Projects.CreateAsync(Samples.Project("P-002"));
        _release.SetResult();
        await holder;

        Assert.Equal("mid-write failure", (await Assert.ThrowsAsync<InvalidOperationException>(() => throwing)).Message);
        await Task.WhenAll(before, after);
        Assert.Equal(0L, await CountAsync("test"));
        Assert.Equal(2L, await CountAsync("project"));
    }

    [Fact]
    public async Task A_connection_lost_mid_batch_acknowledges_nothing_of_that_batch_and_the_next_write_works()
    {
        var holder = await HoldTheWriterAsync(Samples.Project("P-000"));
        var written = _store.Projects.CreateAsync(Samples.Project("P-001"));
        var crash = Database.WriteAsync(scope =>
        {
            // The connection goes away with the transaction open (what a crash of the batch looks like from here).
            scope.Connection.Dispose();
            return Task.FromResult(0);
        }, CancellationToken.None);
        var queuedAfter = _store.Projects.CreateAsync(Samples.Project("P-002"));
        _release.SetResult();
        await holder;

        // P-001 had run without error, but its batch never committed: it must not be acknowledged.
        await Assert.ThrowsAnyAsync<Exception>(() => written);
        await Assert.ThrowsAnyAsync<Exception>(() => crash);
        await Assert.ThrowsAnyAsync<Exception>(() => queuedAfter);
        var ids = (await RawDatabase.QueryAsync(_database.FilePath, "SELECT id FROM documents WHERE kind = 'project' ORDER BY id;")).Select(r => (string)r[0]!);
        Assert.Equal(["P-000"], ids);
        Assert.Equal(new WriteBatchReport(3, 0, 0), _batches.Last());

        await _store.Projects.CreateAsync(Samples.Project("P-003"));
        Assert.NotNull(await _store.Projects.FindAsync("P-003"));
    }

    [Fact]
    public async Task A_writer_cancelled_while_queued_is_never_run()
    {
        var holder = await HoldTheWriterAsync();
        using var cancel = new CancellationTokenSource();
        var cancelled = _store.Projects.CreateAsync(Samples.Project("P-001"), cancel.Token);
        var kept = _store.Projects.CreateAsync(Samples.Project("P-002"));

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        _release.SetResult();
        await holder;
        await kept;

        Assert.Null(await _store.Projects.FindAsync("P-001"));
        Assert.NotNull(await _store.Projects.FindAsync("P-002"));
        Assert.Equal(new WriteBatchReport(1, 1, 0), _batches.Last());
    }

    /// <summary>
    /// Starts a write that keeps its transaction open until <see cref="_release"/>: writers called meanwhile queue.
    /// With <paramref name="project"/>, the held write creates it (committed alone, before the queued ones).
    /// </summary>
    private async Task<Task> HoldTheWriterAsync(Project? project = null)
    {
        var holder = Database.WriteAsync(async scope =>
        {
            if (project is not null)
            {
                await ExecuteAsync(scope, $"INSERT INTO documents (tenant, kind, id, etag, body) VALUES ('tenant-a', 'project', '{project.Id}', 'e0', '{{}}');");
            }

            _holding.SetResult();
            await _release.Task;
            return 0;
        }, CancellationToken.None);
        await _holding.Task;
        return holder;
    }

    private static async Task ExecuteAsync(WriteScope scope, string sql)
    {
        using var command = scope.Connection.CreateCommand();
        command.Transaction = scope.Transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string kind) =>
        (long)(await RawDatabase.ScalarAsync(_database.FilePath, $"SELECT count(*) FROM documents WHERE kind = '{kind}';"))!;

    private async Task<(Rag?, IsoWeek?)> LatestAsync(string projectId)
    {
        var project = (await _store.Projects.FindAsync(projectId))?.Value;
        return (project?.LatestRag, project?.LatestUpdateWeek);
    }
}
