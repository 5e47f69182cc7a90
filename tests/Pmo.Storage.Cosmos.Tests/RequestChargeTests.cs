using Pmo.Storage.Contract;
using Pmo.Storage.Cosmos.Diagnostics;
using Pmo.Storage.Cosmos.Tests.Emulator;

namespace Pmo.Storage.Cosmos.Tests;

[Collection(CosmosEmulatorCollection.Name)]
public sealed class RequestChargeTests(CosmosEmulatorFixture emulator)
{
    [Fact]
    public async Task Every_operation_records_its_requests_and_request_units_by_kind()
    {
        var charges = new CosmosRequestCharges();
        var store = emulator.Store("t" + Guid.NewGuid().ToString("N")[..16], charges);

        var created = await store.Projects.CreateAsync(Samples.Project("P-001"));
        await store.Projects.FindAsync("P-001");
        await store.Projects.FindAsync("P-404");
        await store.Projects.ReplaceAsync(created.Value, created.ETag);
        await Assert.ThrowsAnyAsync<Exception>(() => store.Projects.ReplaceAsync(created.Value, created.ETag));
        await store.Projects.ListActiveAsync();
        await store.Projects.DeleteAsync("P-001");

        var totals = charges.Totals().ToDictionary(t => t.Operation);
        Assert.All(charges.Totals(), t => Assert.Equal("Project", t.Kind));
        Assert.Equal(1, totals["create"].Operations);
        Assert.Equal(2, totals["read"].Operations);
        Assert.Equal(2, totals["replace"].Operations);
        Assert.Equal(1, totals["listActive"].Operations);
        Assert.Equal(1, totals["delete"].Operations);
        Assert.All(totals.Values, t => Assert.True(t.RequestUnits > 0 && t.Requests >= t.Operations, t.ToString()));
    }
}
