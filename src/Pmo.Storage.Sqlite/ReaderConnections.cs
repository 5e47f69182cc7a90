using System.Collections.Concurrent;

namespace Pmo.Storage.Sqlite;

/// <summary>
/// Idle read connections kept open with their prepared statements (<see cref="PreparedConnection"/>), at most
/// <see cref="MaxIdle"/>: a read takes one (or opens one), runs its cached statement and gives it back. A read that
/// failed does not give its connection back: it is closed, and the next read opens a fresh one.
/// </summary>
internal sealed class ReaderConnections(Func<CancellationToken, Task<SqliteConnection>> open) : IAsyncDisposable
{
    public const int MaxIdle = 16;

    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private volatile bool _disposed;

    public async Task<PreparedConnection> RentAsync(CancellationToken cancellationToken) =>
        _idle.TryTake(out var idle) ? idle : new PreparedConnection(await open(cancellationToken));

    public async ValueTask ReturnAsync(PreparedConnection connection, bool healthy)
    {
        if (healthy && !_disposed && _idle.Count < MaxIdle)
        {
            _idle.Add(connection);
            if (!_disposed)
            {
                return;
            }

            // Disposed meanwhile: close what was just added (and anything else left).
            await CloseIdleAsync();
            return;
        }

        await connection.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await CloseIdleAsync();
    }

    private async Task CloseIdleAsync()
    {
        while (_idle.TryTake(out var connection))
        {
            await connection.DisposeAsync();
        }
    }
}
