namespace Pmo.Local.Portability;

/// <summary>The outcome of an import: what was written, or why nothing was.</summary>
public sealed record ImportResult(int Written, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports a <see cref="PortfolioDocument"/> all-or-nothing as far as the store allows: the whole file is validated
/// first; ids already in the store are refused unless <c>replace</c> is set; if a write fails midway, the documents
/// this import created are deleted again (the store has no cross-document transaction).
/// </summary>
public sealed class PortfolioImporter(IPortfolioStore store)
{
    public async Task<ImportResult> ImportAsync(PortfolioDocument document, bool replace, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = ImportValidator.Validate(document).ToList();
        if (problems.Count == 0 && !replace)
        {
            problems.AddRange(await ConflictsAsync(document, ct));
        }

        if (problems.Count > 0)
        {
            return new ImportResult(0, problems);
        }

        var created = new List<Func<Task>>();
        try
        {
            await WriteAllAsync(document, created, ct);
        }
        catch (Exception ex) when (!replace && ex is not OperationCanceledException)
        {
            foreach (var undo in Enumerable.Reverse(created))
            {
                await undo();
            }

            return new ImportResult(0, [$"write failed, nothing kept: {ex.Message}"]);
        }

        return new ImportResult(document.Count, []);
    }

    private async Task<IReadOnlyList<string>> ConflictsAsync(PortfolioDocument d, CancellationToken ct)
    {
        var conflicts = new List<string>();
        await ConflictsAsync(store.Projects, "projects", d.Projects, conflicts, ct);
        await ConflictsAsync(store.StatusUpdates, "statusUpdates", d.StatusUpdates, conflicts, ct);
        await ConflictsAsync(store.UpdateRequests, "updateRequests", d.UpdateRequests, conflicts, ct);
        await ConflictsAsync(store.Risks, "risks", d.Risks, conflicts, ct);
        await ConflictsAsync(store.Issues, "issues", d.Issues, conflicts, ct);
        await ConflictsAsync(store.Decisions, "decisions", d.Decisions, conflicts, ct);
        await ConflictsAsync(store.Escalations, "escalations", d.Escalations, conflicts, ct);
        await ConflictsAsync(store.ReviewPacks, "reviewPacks", d.ReviewPacks, conflicts, ct);
        await ConflictsAsync(store.People, "people", d.People, conflicts, ct);
        foreach (var allocation in d.Allocations)
        {
            if (await store.Allocations.FindAsync(allocation.PersonId, allocation.ProjectId, allocation.Month, ct) is not null)
            {
                conflicts.Add($"allocations[{AllocationKeys.Of(allocation)}]: already in the store (use --replace to overwrite).");
            }
        }

        if (d.Settings is not null && await store.Settings.FindAsync(ct) is not null)
        {
            conflicts.Add("settings: already in the store (use --replace to overwrite).");
        }

        return conflicts;
    }

    // Refusing any id already present is what makes the undo safe: it only ever deletes what this import created.
    private static async Task ConflictsAsync<T>(IDocumentStore<T> documents, string kind, IReadOnlyList<T> items, List<string> conflicts, CancellationToken ct)
        where T : IAggregate
    {
        foreach (var item in items)
        {
            if (await documents.FindAsync(item.Id, ct) is not null)
            {
                conflicts.Add($"{kind}[{item.Id}]: already in the store (use --replace to overwrite).");
            }
        }
    }

    private async Task WriteAllAsync(PortfolioDocument d, List<Func<Task>> created, CancellationToken ct)
    {
        // Projects first: every other record points at one.
        await WriteAsync(store.Projects, d.Projects, created, ct);
        await WriteAsync(store.StatusUpdates, d.StatusUpdates, created, ct);
        await WriteAsync(store.UpdateRequests, d.UpdateRequests, created, ct);
        await WriteAsync(store.Risks, d.Risks, created, ct);
        await WriteAsync(store.Issues, d.Issues, created, ct);
        await WriteAsync(store.Decisions, d.Decisions, created, ct);
        await WriteAsync(store.Escalations, d.Escalations, created, ct);
        await WriteAsync(store.ReviewPacks, d.ReviewPacks, created, ct);
        await WriteAsync(store.People, d.People, created, ct);
        foreach (var allocation in d.Allocations)
        {
            await store.Allocations.SetAsync(allocation, ct);
            created.Add(() => store.Allocations.DeleteAsync(allocation.PersonId, allocation.ProjectId, allocation.Month, CancellationToken.None));
        }

        // Settings last: the store cannot delete them, so nothing may fail after they are written.
        if (d.Settings is { } settings)
        {
            var current = await store.Settings.FindAsync(ct);
            await store.Settings.SaveAsync(settings, current?.ETag, ct);
        }
    }

    private static async Task WriteAsync<T>(IDocumentStore<T> documents, IReadOnlyList<T> items, List<Func<Task>> created, CancellationToken ct)
        where T : IAggregate
    {
        foreach (var item in items)
        {
            await documents.UpsertAsync(item, ct);
            created.Add(() => documents.DeleteAsync(item.Id, cancellationToken: CancellationToken.None));
        }
    }
}
