using Microsoft.Data.Sqlite;

namespace Pmo.Storage.Sqlite.Writes;

/// <summary>
/// The one connection the <see cref="WriteQueue"/> writes with, kept open between transactions with its statements
/// prepared once (one SqliteCommand per SQL text, reused with fresh parameters): the write path then pays neither a
/// pool round trip nor a statement compile per write, which the profile of the PUT path showed (docs/performance.md).
/// Only the queue's single writer touches it. After a failed transaction it is dropped and reopened, so a broken
/// connection never serves a second batch.
/// </summary>
internal sealed class WriterConnection(Func<CancellationToken, Task<SqliteConnection>> open) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;

    public async Task<SqliteConnection> GetAsync()
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }

        await DropAsync().ConfigureAwait(false);
        _connection = await open(CancellationToken.None).ConfigureAwait(false);
        return _connection;
    }

    /// <summary>The prepared command for <paramref name="sql"/>, parameters cleared, enlisted in <paramref name="transaction"/>.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection!.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        else
        {
            command.Parameters.Clear();
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>Closes the connection and forgets its statements (the next <see cref="GetAsync"/> opens a fresh one).</summary>
    public async ValueTask DropAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    public ValueTask DisposeAsync() => DropAsync();
}
