namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosProjectStore(TenantPartition partition)
    : CosmosDocumentStore<Project>(partition, DocumentKind.Project), IProjectStore
{
    private const int MaxPageSize = 1000;

    public async Task<Page<Project>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > MaxPageSize)
        {
            throw new DomainValidationException(new ValidationErrors().Add("pageSize", $"must be between 1 and {MaxPageSize}."));
        }

        var after = ProjectPageToken.Read(query.ContinuationToken);

        // One more than a page: if it comes back, there is a next page (no empty last page).
        var cosmosQuery = Filtered(query).Top(query.PageSize + 1).OrderBy("c.q.key");
        if (after is not null)
        {
            cosmosQuery.Where("c.q.key > @after", ("@after", after));
        }

        var items = await ListAsync(cosmosQuery, "list", cancellationToken);
        return items.Count > query.PageSize
            ? new Page<Project>([.. items.Take(query.PageSize)], ProjectPageToken.Create(items[query.PageSize - 1].Id))
            : new Page<Project>(items, null);
    }

    public Task<IReadOnlyList<Project>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query().Where("c.q.active = true"), "listActive", p => p.Id, cancellationToken);

    public Task<IReadOnlyList<Project>> ListAllAsync(CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query(), "listAll", p => p.Id, cancellationToken);

    protected override IReadOnlyDictionary<string, object?> QueryFields(Project item) => new Dictionary<string, object?>
    {
        ["key"] = item.Id,
        ["phase"] = item.Phase.ToString(),
        ["active"] = item.IsActive,
        ["portfolio"] = item.Portfolio,
        ["managerEmail"] = QueryValues.Folded(item.Manager.Email),
        ["latestRag"] = item.LatestRag?.ToString(),
        ["idFolded"] = QueryValues.Folded(item.Id),
        ["nameFolded"] = QueryValues.Folded(item.Name),
    };

    private PartitionQuery Filtered(ProjectQuery query)
    {
        var cosmosQuery = Query();
        if (query.Phase is { } phase)
        {
            cosmosQuery.Where("c.q.phase = @phase", ("@phase", phase.ToString()));
        }

        // "Active only" narrows the listing when true; false means no filter, like null.
        if (query.ActiveOnly == true)
        {
            cosmosQuery.Where("c.q.active = true");
        }

        if (query.Portfolio is { } portfolio)
        {
            cosmosQuery.Where("c.q.portfolio = @portfolio", ("@portfolio", portfolio));
        }

        if (query.ManagerEmail is { } email)
        {
            cosmosQuery.Where("c.q.managerEmail = @managerEmail", ("@managerEmail", QueryValues.Folded(email)));
        }

        if (query.LatestRag is { } rag)
        {
            cosmosQuery.Where("c.q.latestRag = @latestRag", ("@latestRag", rag.ToString()));
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            cosmosQuery.Where("CONTAINS(c.q.idFolded, @text) OR CONTAINS(c.q.nameFolded, @text)", ("@text", QueryValues.Folded(query.Text)));
        }

        return cosmosQuery;
    }
}
