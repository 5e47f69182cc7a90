namespace Pmo.Storage.Sqlite.Documents;

/// <summary>A row as read: the JSON body and its ETag.</summary>
internal readonly record struct StoredDocument(string Body, string ETag);

/// <summary>What a conditional write found.</summary>
internal enum WriteOutcome
{
    Written,
    Missing,
    StaleETag,
}
