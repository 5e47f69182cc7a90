using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Validation;
using Pmo.Storage.Contract;
using Pmo.Storage.Cosmos.Tests.Emulator;

namespace Pmo.Storage.Cosmos.Tests;

/// <summary>What the container really holds, and the Cosmos-specific edges the contract suite does not reach.</summary>
[Collection(CosmosEmulatorCollection.Name)]
public sealed class StoredDocumentTests(CosmosEmulatorFixture emulator)
{
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..16];

    [Fact]
    public async Task A_project_is_stored_in_its_tenant_partition_with_kind_query_fields_and_the_aggregate_under_data()
    {
        var store = emulator.Store(_tenant);
        await store.Projects.CreateAsync(Samples.Project("P-001", "Plateforme DONNÉES") with { LatestRag = Domain.Primitives.Rag.Red });

        var document = await ReadRawAsync("project:P-001");

        Assert.Equal("project:P-001", (string?)document["id"]);
        Assert.Equal(_tenant, (string?)document["tenantId"]);
        Assert.Equal("project", (string?)document["kind"]);
        Assert.Equal("P-001", (string?)document["q"]!["key"]);
        Assert.True((bool?)document["q"]!["active"]);
        Assert.Equal("Red", (string?)document["q"]!["latestRag"]);
        Assert.Equal("plateforme données", (string?)document["q"]!["nameFolded"]);
        Assert.Equal("Plateforme DONNÉES", (string?)document["data"]!["name"]);
        Assert.Equal("100000", (string?)document["data"]!["budget"]!["approved"]);
        Assert.False(document["data"]!.AsObject().ContainsKey("isActive"));
    }

    [Fact]
    public async Task Decision_instants_are_queried_as_utc_text_whatever_their_offset()
    {
        var store = emulator.Store(_tenant);
        await store.Decisions.CreateAsync(Samples.Decision("D-1", decidedAt: new DateTimeOffset(2026, 11, 1, 0, 30, 0, TimeSpan.FromHours(1))));

        var document = await ReadRawAsync("decision:D-1");

        Assert.Equal("2026-10-31T23:30:00.0000000Z", (string?)document["q"]!["decidedAt"]);
        Assert.Equal("2026-11-01T00:30:00+01:00", (string?)document["data"]!["decidedAt"]);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b?c#d")]
    [InlineData("50% done")]
    [InlineData("trailing space ")]
    [InlineData("Équipe « données » 🚀")]
    public async Task Ids_Cosmos_forbids_or_mishandles_still_work_end_to_end(string id)
    {
        var risks = emulator.Store(_tenant).Risks;

        var created = await risks.CreateAsync(Samples.Risk(id));
        var replaced = await risks.ReplaceAsync(created.Value with { Probability = 5 }, created.ETag);

        Assert.Equal(5, (await risks.FindAsync(id))?.Value.Probability);
        Assert.Equal([id], (await risks.ListOpenAsync()).Select(r => r.Id));
        await Assert.ThrowsAsync<AlreadyExistsException>(() => risks.CreateAsync(Samples.Risk(id)));
        Assert.True(await risks.DeleteAsync(id, replaced.ETag));
    }

    [Fact]
    public async Task Idempotency_keys_longer_than_a_cosmos_id_are_recorded_once()
    {
        var store = emulator.Store(_tenant);
        var key = "mail:" + string.Concat(Enumerable.Repeat("weekly-2026-W48/P-001/", 20));

        Assert.True(await store.Idempotency.TryAddAsync(new IdempotencyRecord(key, "sent", Samples.Instant)));
        Assert.False(await store.Idempotency.TryAddAsync(new IdempotencyRecord(key, "again", Samples.Instant)));

        Assert.Equal("sent", (await store.Idempotency.FindAsync(key))?.Value);
        Assert.Null(await store.Idempotency.FindAsync(key + "x"));
    }

    [Fact]
    public async Task Money_keeps_every_digit_and_its_scale()
    {
        var projects = emulator.Store(_tenant).Projects;
        var budget = new Budget(12_345_678_901_234_567.89m, 0.10m, 1_300_000.10m);

        await projects.CreateAsync(Samples.Project("P-001") with { Budget = budget });

        var found = (await projects.FindAsync("P-001"))!.Value.Budget;
        Assert.Equal(budget, found);
        Assert.Equal("1300000.10", found.ForecastAtCompletion.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_continuation_token_the_store_did_not_issue_is_a_validation_error_naming_the_field()
    {
        var projects = emulator.Store(_tenant).Projects;

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => projects.ListAsync(new ProjectQuery { ContinuationToken = "forged" }));
        var size = await Assert.ThrowsAsync<DomainValidationException>(() => projects.ListAsync(new ProjectQuery { PageSize = 0 }));

        Assert.Equal(["continuationToken"], error.Errors.Fields);
        Assert.Equal(["pageSize"], size.Errors.Fields);
    }

    [Fact]
    public async Task A_page_exactly_full_at_the_end_carries_no_token()
    {
        var projects = emulator.Store(_tenant).Projects;
        for (var n = 1; n <= 4; n++)
        {
            await projects.CreateAsync(Samples.Project($"P-{n:D3}"));
        }

        var first = await projects.ListAsync(new ProjectQuery { PageSize = 2 });
        var second = await projects.ListAsync(new ProjectQuery { PageSize = 2, ContinuationToken = first.ContinuationToken });

        Assert.Equal(["P-003", "P-004"], second.Items.Select(p => p.Id));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task Limits_of_zero_or_less_return_nothing_without_asking_cosmos()
    {
        var store = emulator.Store(_tenant);
        await store.ReviewPacks.CreateAsync(Samples.ReviewPack(new Domain.Primitives.YearMonth(2026, 10)));

        Assert.Empty(await store.ReviewPacks.ListRecentAsync(0));
        Assert.Empty(await store.UpdateRequests.ListRecentByProjectAsync("P-001", -1));
    }

    private async Task<JsonObject> ReadRawAsync(string cosmosId)
    {
        var container = await emulator.Containers.GetAsync();
        using var response = await container.ReadItemStreamAsync(cosmosId, new PartitionKey(_tenant));
        response.EnsureSuccessStatusCode();
        return (await JsonNode.ParseAsync(response.Content))!.AsObject();
    }
}
