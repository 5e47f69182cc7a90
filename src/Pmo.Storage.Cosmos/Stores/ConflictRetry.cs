namespace Pmo.Storage.Cosmos.Stores;

/// <summary>
/// Read, then write over what was read (naming its <c>_etag</c>): when another writer got in between, the write is
/// refused with <see cref="ConcurrencyException"/> and the whole read-then-write runs again. A refusal from the read
/// itself (the client's version is stale) is final and never retried; the last refused write propagates.
/// </summary>
internal static class ConflictRetry
{
    public static async Task<TResult> ReadThenWriteAsync<TRead, TResult>(int attempts, Func<Task<TRead>> read, Func<TRead, Task<TResult>> write)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 1; ; attempt++)
        {
            var state = await read();
            try
            {
                return await write(state);
            }
            catch (ConcurrencyException) when (attempt < attempts)
            {
                // Written between the read and the write: read again.
            }
        }
    }
}
