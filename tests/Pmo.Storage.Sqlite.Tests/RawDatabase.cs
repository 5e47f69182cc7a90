using Microsoft.Data.Sqlite;

namespace Pmo.Storage.Sqlite.Tests;

/// <summary>Reads a database file behind the store's back, with an unpooled connection that releases the file at once.</summary>
internal static class RawDatabase
{
    public static async Task<List<object?[]>> QueryAsync(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    public static async Task<object?> ScalarAsync(string path, string sql) => (await QueryAsync(path, sql))[0][0];
}
