namespace Pmo.Storage.Sqlite.Writes;

/// <summary>
/// The one connection the <see cref="WriteQueue"/> writes with, kept open between transactions with its statements
/// prepared (<see cref="PreparedConnection"/>): the write path pays neither a pool round trip nor a statement compile
/// per write. Only the queue's single writer touches it. After a failed transaction it is dropped and reopened, so a
/// broken connection never serves a second batch.
/// </summary>
internal sealed class WriterConnection(Func<CancellationToken, Task<SqliteConnection>> open) : IAsyncDisposable
{
    private PreparedConnection? _current;

    public async Task<SqliteConnection> GetAsync()
    {
        if (_current is { IsOpen: true })
        {
            return _current.Connection;
        }

        await DropAsync();
        _current = new PreparedConnection(await open(CancellationToken.None));
        return _current.Connection;
    }

    /// <summary>The prepared command for <paramref name="sql"/>, parameters cleared, enlisted in <paramref name="transaction"/> (if any).</summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction) => _current!.Command(sql, transaction);

    /// <summary>Closes the connection and forgets its statements (the next <see cref="GetAsync"/> opens a fresh one).</summary>
    public async ValueTask DropAsync()
    {
        if (_current is not null)
        {
            var current = _current;
            _current = null;
            await current.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => DropAsync();
}
