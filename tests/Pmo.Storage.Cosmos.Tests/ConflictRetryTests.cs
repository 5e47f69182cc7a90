using Pmo.Domain.Validation;
using Pmo.Storage.Cosmos.Stores;

namespace Pmo.Storage.Cosmos.Tests;

public sealed class ConflictRetryTests
{
    [Fact]
    public async Task A_refused_write_reads_again_and_the_next_write_wins()
    {
        var reads = 0;
        var writes = 0;
        var result = await ConflictRetry.ReadThenWriteAsync(
            5,
            () => Task.FromResult(++reads),
            read => ++writes < 3 ? throw new ConcurrencyException("StatusUpdate", "x") : Task.FromResult($"written over read {read}"));

        Assert.Equal("written over read 3", result);
        Assert.Equal(3, reads);
    }

    [Fact]
    public async Task The_last_refusal_propagates_after_the_attempts()
    {
        var writes = 0;
        await Assert.ThrowsAsync<ConcurrencyException>(() => ConflictRetry.ReadThenWriteAsync<int, int>(
            4, () => Task.FromResult(0), _ => { writes++; throw new ConcurrencyException("StatusUpdate", "x"); }));

        Assert.Equal(4, writes);
    }

    [Fact]
    public async Task A_refusal_from_the_read_is_final()
    {
        var reads = 0;
        await Assert.ThrowsAsync<ConcurrencyException>(() => ConflictRetry.ReadThenWriteAsync<int, int>(
            5, () => { reads++; throw new ConcurrencyException("StatusUpdate", "x"); }, _ => Task.FromResult(1)));

        Assert.Equal(1, reads);
    }
}
