using Pmo.Storage.Sqlite.Stores;

namespace Pmo.Storage.Sqlite;

/// <summary>
/// The store port on one SQLite file (WAL mode), for one tenant. The schema is migrated on first use;
/// <see cref="OpenAsync"/> does it up front. Dispose it to checkpoint the WAL and release the file.
/// </summary>
public sealed class SqlitePortfolioStore : IPortfolioStore, IAsyncDisposable
{
    private readonly SqliteDatabase _database;

    public SqlitePortfolioStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath, nameof(options.DatabasePath));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.TenantId, nameof(options.TenantId));

        TenantId = options.TenantId;
        _database = new SqliteDatabase(options.DatabasePath);
        var projects = new SqliteProjectStore(_database, TenantId);
        Projects = projects;
        StatusUpdates = new SqliteStatusUpdateStore(_database, TenantId, projects);
        UpdateRequests = new SqliteUpdateRequestStore(_database, TenantId);
        Risks = new SqliteRiskStore(_database, TenantId);
        Issues = new SqliteIssueStore(_database, TenantId);
        Decisions = new SqliteDecisionStore(_database, TenantId);
        Escalations = new SqliteEscalationStore(_database, TenantId);
        ReviewPacks = new SqliteReviewPackStore(_database, TenantId);
        ArbitrationSessions = new SqliteArbitrationSessionStore(_database, TenantId);
        Settings = new SqliteSettingsStore(_database, TenantId);
        Idempotency = new SqliteIdempotencyStore(_database, TenantId);
        People = new SqlitePersonStore(_database, TenantId);
        Allocations = new SqliteAllocationStore(_database, TenantId);
        Demands = new SqliteDemandStore(_database, TenantId);
    }

    public string TenantId { get; }
    public IProjectStore Projects { get; }
    public IStatusUpdateStore StatusUpdates { get; }
    public IUpdateRequestStore UpdateRequests { get; }
    public IRiskStore Risks { get; }
    public IIssueStore Issues { get; }
    public IDecisionStore Decisions { get; }
    public IEscalationStore Escalations { get; }
    public IReviewPackStore ReviewPacks { get; }
    public IArbitrationSessionStore ArbitrationSessions { get; }
    public ISettingsStore Settings { get; }
    public IIdempotencyStore Idempotency { get; }
    public IPersonStore People { get; }
    public IAllocationStore Allocations { get; }
    public IDemandStore Demands { get; }

    /// <summary>The file's connections and writer queue, for tests.</summary>
    internal SqliteDatabase Database => _database;

    /// <summary>The schema versions this instance applied when it first touched the file (empty: it was up to date).</summary>
    public IReadOnlyList<int> AppliedMigrations => _database.AppliedMigrations;

    /// <summary>Opens the store and migrates the file now, so a bad path or a too-new schema fails at start-up.</summary>
    public static async Task<SqlitePortfolioStore> OpenAsync(SqliteStoreOptions options, CancellationToken cancellationToken = default)
    {
        var store = new SqlitePortfolioStore(options);
        try
        {
            var connection = await store._database.OpenAsync(cancellationToken);
            await connection.DisposeAsync();
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Writes a consistent copy of the whole file (every tenant) to <paramref name="destinationPath"/>, which must not
    /// exist, while the store stays in use: SQLite's VACUUM INTO reads one snapshot and writes a compact file.
    /// </summary>
    public async Task BackupToAsync(string destinationPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        var fullPath = Path.GetFullPath(destinationPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        var connection = await _database.OpenAsync(cancellationToken);
        await using (connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path;";
            command.Parameters.AddWithValue("$path", fullPath);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
