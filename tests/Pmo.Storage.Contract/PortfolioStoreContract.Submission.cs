using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Contract;

/// <summary>
/// A submission (the update and its project's latest RAG and week, written together) and the outbox's delivered
/// mark, which is not a new version of the answer.
/// </summary>
public abstract partial class PortfolioStoreContract
{
    private static readonly IsoWeek W10 = new(2027, 10);

    [Fact]
    public async Task Submit_stores_the_update_and_records_it_as_the_projects_latest()
    {
        await Store.Projects.CreateAsync(Samples.Project("P-001"));

        var saved = await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10) with { Overall = Rag.Amber }, ifMatch: null);

        var stored = await Store.StatusUpdates.FindAsync("P-001", W10);
        Assert.Equal(saved.ETag, stored?.ETag);
        Assert.Equal(Rag.Amber, stored?.Value.Overall);
        Assert.Null(stored?.Value.EventDeliveredAt);
        Assert.Contains(await Store.StatusUpdates.ListUndeliveredAsync(), u => u.Id == saved.Value.Id);
        var project = (await Store.Projects.FindAsync("P-001"))!.Value;
        Assert.Equal((Rag.Amber, W10), (project.LatestRag, project.LatestUpdateWeek));
    }

    [Fact]
    public async Task Submit_of_an_older_week_keeps_the_projects_newer_latest()
    {
        await Store.Projects.CreateAsync(Samples.Project("P-001"));
        await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10) with { Overall = Rag.Red }, ifMatch: null);

        await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10.AddWeeks(-1)) with { Overall = Rag.Green }, ifMatch: null);

        Assert.NotNull(await Store.StatusUpdates.FindAsync("P-001", W10.AddWeeks(-1)));
        var project = (await Store.Projects.FindAsync("P-001"))!.Value;
        Assert.Equal((Rag.Red, W10), (project.LatestRag, project.LatestUpdateWeek));
    }

    [Fact]
    public async Task Submit_with_the_etag_replaces_the_week_and_the_latest_rag_follows()
    {
        await Store.Projects.CreateAsync(Samples.Project("P-001"));
        var first = await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10) with { Overall = Rag.Green }, ifMatch: null);

        var second = await Store.StatusUpdates.SubmitAsync(first.Value with { Overall = Rag.Red }, first.ETag);

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(Rag.Red, (await Store.StatusUpdates.FindAsync("P-001", W10))?.Value.Overall);
        Assert.Equal(Rag.Red, (await Store.Projects.FindAsync("P-001"))?.Value.LatestRag);
    }

    [Fact]
    public async Task Submit_refused_by_the_update_writes_nothing_at_all()
    {
        var project = await Store.Projects.CreateAsync(Samples.Project("P-001"));
        var first = await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10) with { Overall = Rag.Green }, ifMatch: null);
        var projectAfterFirst = (await Store.Projects.FindAsync("P-001"))!;
        Assert.NotEqual(project.ETag, projectAfterFirst.ETag);

        await Assert.ThrowsAsync<AlreadyExistsException>(() =>
            Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10) with { Overall = Rag.Red }, ifMatch: null));
        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            Store.StatusUpdates.SubmitAsync(first.Value with { Overall = Rag.Red }, "\"not-the-version\""));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10.AddWeeks(1)) with { Overall = Rag.Red }, first.ETag));

        var stored = await Store.StatusUpdates.FindAsync("P-001", W10);
        Assert.Equal((first.ETag, Rag.Green), (stored?.ETag, stored?.Value.Overall));
        Assert.Null(await Store.StatusUpdates.FindAsync("P-001", W10.AddWeeks(1)));
        Assert.Equal(projectAfterFirst.ETag, (await Store.Projects.FindAsync("P-001"))?.ETag);
    }

    [Fact]
    public async Task Submit_for_a_project_that_is_not_there_stores_the_update_only()
    {
        await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-404", W10), ifMatch: null);

        Assert.NotNull(await Store.StatusUpdates.FindAsync("P-404", W10));
        Assert.Null(await Store.Projects.FindAsync("P-404"));
    }

    [Fact]
    public async Task Concurrent_submissions_and_project_edits_lose_nothing_and_keep_the_newest_week()
    {
        await Store.Projects.CreateAsync(Samples.Project("P-001"));
        var weeks = Enumerable.Range(0, 12).Select(W10.AddWeeks).ToArray();
        var newest = weeks[^1];
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Every week submitted at once (newest started first), while the project is edited with retry on conflict.
        var submissions = Enumerable.Reverse(weeks).Select(week => Task.Run(async () =>
        {
            await start.Task;
            await Store.StatusUpdates.SubmitAsync(
                Samples.StatusUpdate("P-001", week) with { Overall = week == newest ? Rag.Red : Rag.Amber }, ifMatch: null);
        }));
        var edits = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            await start.Task;
            for (var attempt = 0; ; attempt++)
            {
                var current = (await Store.Projects.FindAsync("P-001"))!;
                try
                {
                    await Store.Projects.ReplaceAsync(current.Value with { Description = current.Value.Description + $"[{i}]" }, current.ETag);
                    return;
                }
                catch (ConcurrencyException) when (attempt < 100)
                {
                }
            }
        }));
        var all = submissions.Concat(edits).ToArray();
        start.SetResult();
        await Task.WhenAll(all);

        var project = (await Store.Projects.FindAsync("P-001"))!.Value;
        Assert.Equal((Rag.Red, newest), (project.LatestRag, project.LatestUpdateWeek));
        Assert.All(Enumerable.Range(0, 4), i => Assert.Contains($"[{i}]", project.Description, StringComparison.Ordinal));
        Assert.Equal(weeks, (await Store.StatusUpdates.ListByProjectAsync("P-001")).Select(u => u.Week));
    }

    [Fact]
    public async Task Delivered_mark_takes_the_update_out_of_the_outbox_and_keeps_its_etag()
    {
        var saved = await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10), ifMatch: null);
        var other = await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-002", W10), ifMatch: null);
        var at = new DateTimeOffset(2027, 3, 9, 10, 15, 30, 123, TimeSpan.FromHours(1));

        var marked = await Store.StatusUpdates.MarkDeliveredAsync([saved.Value.Id, "P-404-2027-W10"], at);

        Assert.Equal(1, marked);
        var stored = (await Store.StatusUpdates.FindAsync("P-001", W10))!;
        Assert.Equal(saved.ETag, stored.ETag);
        Assert.Equal(at, stored.Value.EventDeliveredAt);
        Assert.Equal(at.Offset, stored.Value.EventDeliveredAt?.Offset);
        Assert.Equal([other.Value.Id], (await Store.StatusUpdates.ListUndeliveredAsync()).Select(u => u.Id));

        // The ETag handed out before the mark still replaces the answer (the integrator's next If-Match PUT).
        var replaced = await Store.StatusUpdates.SubmitAsync(stored.Value with { Overall = Rag.Red, EventDeliveredAt = null }, saved.ETag);
        Assert.NotEqual(saved.ETag, replaced.ETag);
        Assert.Contains(await Store.StatusUpdates.ListUndeliveredAsync(), u => u.Id == saved.Value.Id);
    }

    [Fact]
    public async Task Delivered_mark_skips_what_is_already_marked()
    {
        var saved = await Store.StatusUpdates.SubmitAsync(Samples.StatusUpdate("P-001", W10), ifMatch: null);
        Assert.Equal(1, await Store.StatusUpdates.MarkDeliveredAsync([saved.Value.Id], Samples.Instant));

        Assert.Equal(0, await Store.StatusUpdates.MarkDeliveredAsync([saved.Value.Id, saved.Value.Id], Samples.Instant.AddHours(1)));
        Assert.Equal(0, await Store.StatusUpdates.MarkDeliveredAsync([], Samples.Instant));

        var stored = (await Store.StatusUpdates.FindAsync("P-001", W10))!;
        Assert.Equal(Samples.Instant, stored.Value.EventDeliveredAt);
        Assert.Equal(saved.ETag, stored.ETag);
        var replaced = await Store.StatusUpdates.ReplaceAsync(stored.Value with { Accomplishments = "More" }, saved.ETag);
        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.StatusUpdates.DeleteAsync(saved.Value.Id, saved.ETag));
        Assert.True(await Store.StatusUpdates.DeleteAsync(saved.Value.Id, replaced.ETag));
    }
}
