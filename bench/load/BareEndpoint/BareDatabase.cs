using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BareEndpoint;

/// <summary>
/// One table of projects, one JSON body each, in WAL mode with synchronous=NORMAL and busy_timeout set on every
/// connection (the same pragmas as the project's SQLite store). Connections are pooled and opened per request.
/// </summary>
internal sealed class BareDatabase
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;

    private BareDatabase(string path) =>
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

    public static async Task<BareDatabase> CreateAsync(string path, int projects)
    {
        var database = new BareDatabase(path);
        await using var connection = await database.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS projects (
                    id TEXT NOT NULL PRIMARY KEY, body TEXT NOT NULL, latest_week TEXT, latest_rag TEXT, latest TEXT
                ) WITHOUT ROWID;
                """;
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT OR REPLACE INTO projects (id, body) VALUES ($id, $body);";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        for (var i = 1; i <= projects; i++)
        {
            id.Value = string.Create(CultureInfo.InvariantCulture, $"LOAD-{i:D4}");
            body.Value = ProjectJson((string)id.Value);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return database;
    }

    public async Task<string?> ReadProjectAsync(string id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM projects WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>The PUT's single-row update: the project's latest update, week and RAG. False when the project is unknown.</summary>
    public async Task<bool> RecordUpdateAsync(string id, string week, string rag, string json)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE projects SET latest_week = $week, latest_rag = $rag, latest = $json WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$week", week);
        command.Parameters.AddWithValue("$rag", rag);
        command.Parameters.AddWithValue("$json", json);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = Pragmas;
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }

    // The same fields the load script seeds into the local host, in the shape the host returns them.
    private static string ProjectJson(string id) => $$"""
        {"id":"{{id}}","name":"Load project {{id}}","portfolio":"Load","department":"IS Dept.","sponsor":{"name":"Claire Dubois","email":"claire.dubois@example.org","language":"Fr"},"manager":{"name":"PM {{id}}","email":"pm-{{id}}@example.org","language":"En"},"phase":"Execution","budget":{"approved":100000,"actualToDate":20000,"forecastAtCompletion":100000,"currency":"EUR"},"start":"2026-01-05","baselineEnd":"2027-06-30","forecastEnd":null,"latestRag":null,"latestUpdateWeek":null,"isActive":true}
        """;
}
