using Pmo.Application.Ports.Storage;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Contract;

/// <summary>Writers racing on one version: exactly one wins, the others are told and change nothing.</summary>
public abstract partial class PortfolioStoreContract
{
    private const int Racers = 8;

    [Fact]
    public async Task Concurrent_replaces_with_one_etag_let_exactly_one_win()
    {
        var v1 = await Store.Projects.CreateAsync(Samples.Project("P-001"));

        var outcomes = await RaceAsync(i => Store.Projects.ReplaceAsync(v1.Value with { Name = $"writer {i}" }, v1.ETag));

        var winner = Assert.Single(outcomes.OfType<Versioned<Domain.Portfolio.Project>>());
        Assert.Equal(Racers - 1, outcomes.OfType<ConcurrencyException>().Count());
        var stored = await Store.Projects.FindAsync("P-001");
        Assert.Equal(winner.Value.Name, stored?.Value.Name);
        Assert.Equal(winner.ETag, stored?.ETag);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_id_let_exactly_one_win()
    {
        var outcomes = await RaceAsync(i => Store.Risks.CreateAsync(Samples.Risk("R-1") with { Title = $"writer {i}" }));

        var winner = Assert.Single(outcomes.OfType<Versioned<Domain.Portfolio.Risk>>());
        Assert.Equal(Racers - 1, outcomes.OfType<AlreadyExistsException>().Count());
        Assert.Equal(winner.Value.Title, (await Store.Risks.FindAsync("R-1"))?.Value.Title);
    }

    [Fact]
    public async Task Concurrent_settings_saves_with_one_etag_let_exactly_one_win()
    {
        var v1 = await Store.Settings.SaveAsync(Samples.Settings("v1"), ifMatch: null);

        var outcomes = await RaceAsync(i => Store.Settings.SaveAsync(Samples.Settings($"writer {i}"), v1.ETag));

        var winner = Assert.Single(outcomes.OfType<Versioned<Domain.Governance.GovernanceSettings>>());
        Assert.Equal(Racers - 1, outcomes.OfType<ConcurrencyException>().Count());
        Assert.Equal(winner.Value.OrganisationName, (await Store.Settings.FindAsync())?.Value.OrganisationName);
    }

    [Fact]
    public async Task Concurrent_idempotency_adds_of_one_key_let_exactly_one_win()
    {
        var outcomes = await RaceAsync(i => Store.Idempotency.TryAddAsync(new IdempotencyRecord("key-1", $"writer {i}", Samples.Instant)));

        Assert.Single(outcomes.OfType<bool>(), added => added);
        Assert.Equal(Racers - 1, outcomes.OfType<bool>().Count(added => !added));
    }

    /// <summary>Starts every writer on the thread pool at once; each outcome is the result or the exception thrown.</summary>
    private static async Task<object[]> RaceAsync<T>(Func<int, Task<T>> write)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return (object)(await write(i))!;
            }
            catch (DomainException error)
            {
                return error;
            }
        })).ToArray();
        start.SetResult();
        return await Task.WhenAll(racers);
    }
}
