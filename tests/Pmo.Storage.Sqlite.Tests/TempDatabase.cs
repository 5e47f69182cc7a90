namespace Pmo.Storage.Sqlite.Tests;

/// <summary>A database file in a fresh temp folder; <see cref="Delete"/> removes the folder once the stores are disposed.</summary>
internal sealed class TempDatabase
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "pmo-sqlite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "pmo.db");

    public SqliteStoreOptions Options(string tenantId = "tenant-a") => new() { DatabasePath = FilePath, TenantId = tenantId };

    public void Delete()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
