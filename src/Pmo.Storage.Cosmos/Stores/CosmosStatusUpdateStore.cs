namespace Pmo.Storage.Cosmos.Stores;

/// <summary>
/// Weeks are stored as "2026-W48": fixed width, so ordinal comparison is week order, across years too.
/// A status update's ETag is the store's own version ("v" in the document), not Cosmos's <c>_etag</c>: marking its
/// event delivered patches the document (which changes <c>_etag</c>) but is not a new version of the answer, so the
/// ETag a client holds stays valid. Conditional writes read the document first to check the version, then name its
/// <c>_etag</c>, so a write between the two fails and is retried.
/// </summary>
internal sealed class CosmosStatusUpdateStore(TenantPartition partition, CosmosProjectStore projects)
    : CosmosDocumentStore<StatusUpdate>(partition, DocumentKind.StatusUpdate), IStatusUpdateStore
{
    private const int Attempts = 5;

    public Task<Versioned<StatusUpdate>?> FindAsync(string projectId, IsoWeek week, CancellationToken cancellationToken = default) =>
        FindAsync(StatusUpdate.IdFor(projectId, week), cancellationToken);

    public override Task<Versioned<StatusUpdate>> CreateAsync(StatusUpdate item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Partition.CreateAsync(DocumentKind.StatusUpdate, item.Id, item, QueryFields(item), cancellationToken, NewVersion());
    }

    public override Task<Versioned<StatusUpdate>> UpsertAsync(StatusUpdate item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Partition.UpsertAsync(DocumentKind.StatusUpdate, item.Id, item, QueryFields(item), cancellationToken, NewVersion());
    }

    public override async Task<Versioned<StatusUpdate>> ReplaceAsync(StatusUpdate item, string ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);

        // Written between the read and the replace: a delivered mark keeps the version (the retry then succeeds), a
        // replace does not (the retry's read then refuses the stale version).
        return await ConflictRetry.ReadThenWriteAsync(
            Attempts,
            () => CheckVersionAsync(item.Id, ifMatch, cancellationToken),
            cosmosETag => Partition.ReplaceAsync(DocumentKind.StatusUpdate, item.Id, item, QueryFields(item), cosmosETag, cancellationToken, NewVersion()));
    }

    public override async Task<bool> DeleteAsync(string id, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        if (ifMatch is null)
        {
            return await Partition.DeleteAsync(DocumentKind.StatusUpdate, id, null, cancellationToken);
        }

        return await ConflictRetry.ReadThenWriteAsync(
            Attempts,
            async () =>
            {
                var current = await Partition.ReadWithCosmosETagAsync<StatusUpdate>(DocumentKind.StatusUpdate, id, cancellationToken);
                return current is { } found && !string.Equals(found.Item.ETag, ifMatch, StringComparison.Ordinal)
                    ? throw new ConcurrencyException(DocumentKind.StatusUpdate.Name, id)
                    : current;
            },
            async current => current is { } found &&
                await Partition.DeleteAsync(DocumentKind.StatusUpdate, id, found.CosmosETag, cancellationToken));
    }

    public Task<IReadOnlyList<StatusUpdate>> ListByProjectAsync(string projectId, IsoWeek? from = null, IsoWeek? to = null, CancellationToken cancellationToken = default)
    {
        var query = Query().Where("c.q.projectId = @projectId", ("@projectId", projectId));
        if (from is { } first)
        {
            query.Where("c.q.week >= @from", ("@from", first.ToString()));
        }

        if (to is { } last)
        {
            query.Where("c.q.week <= @to", ("@to", last.ToString()));
        }

        return ListSortedAsync(query, "listByProject", u => u.Week, cancellationToken);
    }

    public Task<IReadOnlyList<StatusUpdate>> ListByWeekAsync(IsoWeek week, CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.week = @week", ("@week", week.ToString())), "listByWeek", u => u.ProjectId, cancellationToken);

    public async Task<IReadOnlyList<StatusUpdate>> ListByWeeksAsync(IsoWeek from, IsoWeek to, CancellationToken cancellationToken = default)
    {
        var query = Query().Where("c.q.week >= @from AND c.q.week <= @to", ("@from", from.ToString()), ("@to", to.ToString()));
        return ByProjectThenWeek(await ListAsync(query, "listByWeeks", cancellationToken));
    }

    public async Task<IReadOnlyList<StatusUpdate>> ListUndeliveredAsync(CancellationToken cancellationToken = default) =>
        ByProjectThenWeek(await ListAsync(Query().Where("c.q.delivered = false"), "listUndelivered", cancellationToken));

    /// <summary>
    /// The update, then the project's latest RAG and week. Two writes, not one transactional batch: the local
    /// emulator the contract suite runs on does not make batches atomic (docs/cosmos.md), so no test could check
    /// one, and a code path no test checks is not shipped. Until the summary is written a reader may see the update without it, and a crash
    /// in between leaves the summary one update behind until the project's next update (or the chase's "submitted"
    /// step, which records it again). Concurrent writers never lose an edit: see <see cref="RecordLatestAsync"/>.
    /// </summary>
    public async Task<Versioned<StatusUpdate>> SubmitAsync(StatusUpdate update, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var saved = ifMatch is null
            ? await CreateAsync(update, cancellationToken)
            : await ReplaceAsync(update, ifMatch, cancellationToken);
        await RecordLatestAsync(update.ProjectId, update.Week, cancellationToken);
        return saved;
    }

    /// <summary>
    /// Per update: a read (skip it when missing or already marked), then a patch of that version (its <c>_etag</c>)
    /// that sets the instant and clears the pending flag; "v", hence the ETag clients hold, stays. A write in between
    /// fails the patch and the update is read again. (A patch filter predicate would save the read, but the local
    /// emulator does not honour it, and a code path no test runs is not shipped.)
    /// </summary>
    public async Task<int> MarkDeliveredAsync(IReadOnlyCollection<string> ids, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        PatchOperation[] operations = [PatchOperation.Set("/data/eventDeliveredAt", deliveredAt), PatchOperation.Set("/q/delivered", true)];
        var marked = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            try
            {
                marked += await ConflictRetry.ReadThenWriteAsync(
                    Attempts,
                    () => Partition.ReadWithCosmosETagAsync<StatusUpdate>(DocumentKind.StatusUpdate, id, cancellationToken),
                    async current =>
                    {
                        if (current is not { } found || found.Item.Value.EventDeliveredAt is not null)
                        {
                            return 0;
                        }

                        return await Partition.PatchAsync(DocumentKind.StatusUpdate, id, operations, found.CosmosETag, cancellationToken)
                            ? 1
                            : throw new ConcurrencyException(DocumentKind.StatusUpdate.Name, id);
                    });
            }
            catch (ConcurrencyException)
            {
                // Still changing after every attempt: left undelivered, so the next sweep marks it.
            }
        }

        return marked;
    }

    protected override IReadOnlyDictionary<string, object?> QueryFields(StatusUpdate item) => new Dictionary<string, object?>
    {
        ["projectId"] = item.ProjectId,
        ["week"] = item.Week.ToString(),
        ["delivered"] = item.EventDeliveredAt is not null,
    };

    /// <summary>
    /// Writes the stored update's RAG and week on the project unless it has a newer week. The project is read before
    /// the update and written over the version read: a competing submission writes its update before reading the
    /// project, so either this read of the update sees it, or this write's ETag check fails and the loop reads again.
    /// The last summary written is therefore always the newest stored answer, and an edit of the project is never lost.
    /// </summary>
    private async Task RecordLatestAsync(string projectId, IsoWeek week, CancellationToken cancellationToken)
    {
        await ConflictRetry.ReadThenWriteAsync(
            Attempts * 2,
            async () => (
                Project: await projects.FindAsync(projectId, cancellationToken),
                Stored: await FindAsync(projectId, week, cancellationToken)),
            async read =>
            {
                var (project, stored) = read;
                if (project is null || stored is null || project.Value.LatestUpdateWeek is { } latest && latest > week ||
                    project.Value.LatestUpdateWeek == week && project.Value.LatestRag == stored.Value.Overall)
                {
                    return false;
                }

                await projects.ReplaceAsync(
                    project.Value with { LatestRag = stored.Value.Overall, LatestUpdateWeek = week }, project.ETag, cancellationToken);
                return true;
            });
    }

    /// <summary>The document's Cosmos <c>_etag</c> if its version is <paramref name="ifMatch"/>; else the port's exceptions.</summary>
    private async Task<string> CheckVersionAsync(string id, string ifMatch, CancellationToken cancellationToken)
    {
        var current = await Partition.ReadWithCosmosETagAsync<StatusUpdate>(DocumentKind.StatusUpdate, id, cancellationToken)
            ?? throw new NotFoundException(DocumentKind.StatusUpdate.Name, id);
        return string.Equals(current.Item.ETag, ifMatch, StringComparison.Ordinal)
            ? current.CosmosETag
            : throw new ConcurrencyException(DocumentKind.StatusUpdate.Name, id);
    }

    private static string NewVersion() => "\"" + Guid.NewGuid().ToString("N") + "\"";

    private static StatusUpdate[] ByProjectThenWeek(IEnumerable<StatusUpdate> updates) =>
        [.. updates.OrderBy(u => u.ProjectId, StringComparer.Ordinal).ThenBy(u => u.Week)];
}
