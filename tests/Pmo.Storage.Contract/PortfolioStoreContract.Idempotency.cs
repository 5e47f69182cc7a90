using Pmo.Application.Ports.Storage;

namespace Pmo.Storage.Contract;

/// <summary>Idempotency keys: recorded once, the first value wins.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Idempotency_key_is_recorded_once_and_keeps_its_first_value()
    {
        var first = new IdempotencyRecord("mail:weekly-2026-W48:P-001", "{\"status\":201}", Samples.Instant);

        Assert.Null(await Store.Idempotency.FindAsync(first.Key));
        Assert.True(await Store.Idempotency.TryAddAsync(first));
        Assert.False(await Store.Idempotency.TryAddAsync(first with { Value = "second", CreatedAt = Samples.Instant.AddHours(1) }));

        var found = await Store.Idempotency.FindAsync(first.Key);
        Assert.Equal(first, found);
        Assert.Equal(Samples.Instant.Offset, found?.CreatedAt.Offset);
        Assert.Null(await Store.Idempotency.FindAsync("mail:weekly-2026-W48:P-002"));
    }
}
