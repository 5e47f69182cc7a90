using Pmo.Storage.Sqlite;

namespace Pmo.Workflows.Tests.Support;

/// <summary>The real SQLite store in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pmo-wf-" + Guid.NewGuid().ToString("N"));

    public SqliteStoreOptions StoreOptions(string tenant = "acme") => new() { DatabasePath = System.IO.Path.Combine(Path, "pmo.db"), TenantId = tenant };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection: the OS cleans temp folders.
        }
    }
}
