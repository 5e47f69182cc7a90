namespace Pmo.Storage.Cosmos.Documents;

/// <summary>
/// A query over one kind of document of one tenant. Always scoped by the partition key (in the SQL and in the
/// request options), so it reads one logical partition: cheap, and the only kind of query that needs no query plan.
/// Filters and sorts use the "q" fields only, which are the indexed ones.
/// </summary>
internal sealed class PartitionQuery(DocumentKind kind)
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];
    private string? _orderBy;
    private int? _top;

    public DocumentKind Kind => kind;

    /// <summary>Adds a condition (ANDed with the others) and its parameters, named "@…".</summary>
    public PartitionQuery Where(string condition, params (string Name, object Value)[] parameters)
    {
        _conditions.Add(condition);
        _parameters.AddRange(parameters);
        return this;
    }

    /// <summary>
    /// Server-side order, for a <see cref="Top"/> or a page only (listings that return everything are sorted in memory:
    /// free, and an ORDER BY on several fields would need a composite index).
    /// </summary>
    public PartitionQuery OrderBy(string expression)
    {
        _orderBy = expression;
        return this;
    }

    public PartitionQuery Top(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _top = count;
        return this;
    }

    public QueryDefinition ToDefinition(string tenantId)
    {
        var top = _top is { } n ? $"TOP {n} " : "";
        var where = string.Concat(_conditions.Select(c => $" AND ({c})"));
        var order = _orderBy is null ? "" : $" ORDER BY {_orderBy}";
        var definition = new QueryDefinition($"SELECT {top}VALUE c.data FROM c WHERE c.{ContainerLayout.PartitionKeyProperty} = @tenantId AND c.kind = @kind{where}{order}")
            .WithParameter("@tenantId", tenantId)
            .WithParameter("@kind", kind.Prefix);
        foreach (var (name, value) in _parameters)
        {
            definition = definition.WithParameter(name, value);
        }

        return definition;
    }
}
