using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

// CommitBench --migrations DIR --schema 1|2 --autocheckpoint PAGES --background-every WRITES|0 --batch N --writes N
// Writes N status updates (insert + the project's json_set summary, as SqliteStatusUpdateStore.SubmitAsync does) over
// 300 projects, in transactions of --batch writes, with SQLite's automatic checkpoint at --autocheckpoint pages and,
// when --background-every > 0, a PASSIVE checkpoint on another connection every that many writes (as the store does).
// Prints writes/s (wall) and the process's CPU per write.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => args[p.i + 1], StringComparer.Ordinal);
int Int(string name) => int.Parse(options[name], CultureInfo.InvariantCulture);
var (schema, autocheckpoint, backgroundEvery, batch, writes) =
    (Int("schema"), Int("autocheckpoint"), Int("background-every"), Int("batch"), Int("writes"));

var folder = Directory.CreateTempSubdirectory("pmo-commit-bench");
var path = Path.Combine(folder.FullName, "bench.db");
var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
try
{
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    SQLitePCL.raw.sqlite3_wal_autocheckpoint(connection.Handle, autocheckpoint);   // PRAGMA wal_autocheckpoint

    foreach (var script in Directory.GetFiles(options["migrations"], "*.sql").Order(StringComparer.Ordinal).Take(schema))
    {
        Execute(connection, File.ReadAllText(script));
    }

    Seed(connection);
    var insert = connection.CreateCommand();
    insert.CommandText = """
        INSERT INTO documents (tenant, kind, id, etag, body, project_id, week, pending_delivery)
        VALUES ('t', 'status-update', $id, $etag, $body, $project_id, $week, 1) ON CONFLICT DO NOTHING;
        """;
    var summary = connection.CreateCommand();
    summary.CommandText = """
        UPDATE documents SET body = json_set(body, '$.latestRag', $rag, '$.latestUpdateWeek', $week), rag = $rag, etag = $etag
        WHERE tenant = 't' AND kind = 'project' AND id = $id
          AND (json_extract(body, '$.latestUpdateWeek') IS NULL OR json_extract(body, '$.latestUpdateWeek') <= $week);
        """;

    Task background = Task.CompletedTask;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    for (var first = 0; first < writes; first += batch)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        insert.Transaction = summary.Transaction = transaction;
        for (var n = first; n < first + batch; n++)
        {
            var project = string.Create(CultureInfo.InvariantCulture, $"LOAD-{n % 300 + 1:D4}");
            var week = string.Create(CultureInfo.InvariantCulture, $"{2041 + n / 300 / 52}-W{n / 300 % 52 + 1:D2}");
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", $"{project}:{week}");
            insert.Parameters.AddWithValue("$etag", Guid.NewGuid().ToString("N"));
            insert.Parameters.AddWithValue("$body", UpdateJson(project, week, n));
            insert.Parameters.AddWithValue("$project_id", project);
            insert.Parameters.AddWithValue("$week", week);
            insert.ExecuteNonQuery();
            summary.Parameters.Clear();
            summary.Parameters.AddWithValue("$id", project);
            summary.Parameters.AddWithValue("$rag", "Green");
            summary.Parameters.AddWithValue("$week", week);
            summary.Parameters.AddWithValue("$etag", Guid.NewGuid().ToString("N"));
            summary.ExecuteNonQuery();
        }

        transaction.Commit();
        if (backgroundEvery > 0 && (first + batch) % backgroundEvery < batch && background.IsCompleted)
        {
            background = Task.Run(() =>
            {
                using var checkpointer = new SqliteConnection(connectionString);
                checkpointer.Open();
                Execute(checkpointer, "PRAGMA wal_checkpoint(PASSIVE);");
            });
        }
    }

    background.Wait();
    var elapsed = clock.Elapsed;
    var cpuPerWrite = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / writes;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"schema {schema}, autocheckpoint {autocheckpoint}, background every {backgroundEvery}, batch {batch}: {writes / elapsed.TotalSeconds:F0} writes/s, CPU {cpuPerWrite:F1} us/write"));
}
finally
{
    SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

static void Execute(SqliteConnection connection, string sql)
{
    using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The repository's own migration scripts and constant pragmas.
    command.CommandText = sql;
#pragma warning restore CA2100
    command.ExecuteNonQuery();
}

static void Seed(SqliteConnection connection)
{
    using var transaction = connection.BeginTransaction();
    using var insert = connection.CreateCommand();
    insert.Transaction = transaction;
    insert.CommandText = """
        INSERT INTO documents (tenant, kind, id, etag, body, status, is_active, portfolio, manager_email, search)
        VALUES ('t', 'project', $id, 'e0', $body, 'Execution', 1, 'Load', $email, $search);
        """;
    for (var p = 1; p <= 300; p++)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"LOAD-{p:D4}");
        insert.Parameters.Clear();
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$body", $$"""{"id":"{{id}}","name":"Load project {{id}}","portfolio":"Load","department":"IS Dept.","sponsor":{"name":"Claire Dubois","email":"claire.dubois@example.org","language":"Fr"},"manager":{"name":"PM {{id}}","email":"pm-{{id}}@example.org","language":"En"},"phase":"Execution","budget":{"approved":100000,"actualToDate":20000,"forecastAtCompletion":100000,"currency":"EUR"},"start":"2026-01-05","baselineEnd":"2027-06-30","latestRag":null,"latestUpdateWeek":null}""");
        insert.Parameters.AddWithValue("$email", $"pm-{id}@example.org");
        insert.Parameters.AddWithValue("$search", $"{id}\nLOAD PROJECT {id}");
        insert.ExecuteNonQuery();
    }

    transaction.Commit();
}

static string UpdateJson(string project, string week, int n) => string.Create(CultureInfo.InvariantCulture,
    $$"""{"projectId":"{{project}}","week":"{{week}}","overall":"Green","progressPercent":{{n % 101}},"accomplishments":"Load test update {{n}}","nextSteps":"Keep going","submittedBy":"pmo@example.org","submittedAt":"2026-12-04T17:00:00+00:00","eventDeliveredAt":null}""");
