namespace Pmo.Storage.Sqlite.Documents;

/// <summary>
/// The typed columns written beside a document's JSON for the queries of its kind; unused ones stay null.
/// Each store computes them from the document on every write.
/// </summary>
internal sealed record IndexColumns
{
    public static readonly IndexColumns None = new();

    public string? ProjectId { get; init; }
    public string? Week { get; init; }
    public string? Month { get; init; }
    public string? Status { get; init; }
    public bool? IsActive { get; init; }
    public bool? PendingDelivery { get; init; }
    public long? AtUtcTicks { get; init; }
    public string? Portfolio { get; init; }
    public string? ManagerEmail { get; init; }
    public string? Rag { get; init; }
    public string? Search { get; init; }
}
