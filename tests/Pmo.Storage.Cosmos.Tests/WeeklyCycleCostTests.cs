using System.Globalization;
using System.Text;
using Microsoft.Azure.Cosmos;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Storage.Contract;
using Pmo.Storage.Cosmos.Diagnostics;
using Pmo.Storage.Cosmos.Tests.Emulator;
using Xunit.Abstractions;

namespace Pmo.Storage.Cosmos.Tests;

/// <summary>
/// Cost accounting of one weekly update cycle: the store calls the workflows make for each project in a week
/// (Submission/UpdateSubmissionService, ChaseNotifier, ProjectLatest, the chase and the digest), counted by the
/// store's own request-charge accounting. The emulator charges 1 RU per request, so what is measured here is the
/// number and kind of requests and the document sizes; docs/cosmos.md turns them into RU with Cosmos DB's
/// published rates. The assertions guard the request counts, so a change that adds requests is noticed.
/// </summary>
[Collection(CosmosEmulatorCollection.Name)]
public sealed class WeeklyCycleCostTests(CosmosEmulatorFixture emulator, ITestOutputHelper output)
{
    private const int Projects = 10;
    private const int WeeksOfHistory = 12;
    private static readonly IsoWeek Week = new(2026, 48);

    [Fact]
    public async Task One_weekly_cycle_costs_a_fixed_number_of_point_operations_per_project_and_a_few_queries_per_tenant()
    {
        var tenant = "t" + Guid.NewGuid().ToString("N")[..16];
        await SeedAsync(emulator.Store(tenant, new CosmosRequestCharges()));
        var charges = new CosmosRequestCharges();
        var store = emulator.Store(tenant, charges);

        var active = await store.Projects.ListActiveAsync();
        foreach (var project in active)
        {
            await RunProjectWeekAsync(store, project);
        }

        // Weekly digest to the PMO (Friday): the portfolio, the week's updates and requests, one mail.
        await store.Projects.ListActiveAsync();
        await store.StatusUpdates.ListByWeekAsync(Week);
        await store.UpdateRequests.ListByWeekAsync(Week);
        await store.Idempotency.TryAddAsync(new IdempotencyRecord($"mail:digest-{Week}", "sent", Samples.Instant));

        // Every scheduler tick (15 min, 672 a week): settings and the outbox relay; measured once, multiplied in the docs.
        await store.Settings.FindAsync();
        await store.StatusUpdates.ListUndeliveredAsync();

        var totals = charges.Totals();
        var sizes = await MeasureSizesAsync(tenant);
        Report(totals, sizes);

        var pointReads = Sum(totals, "read");
        var writes = Sum(totals, "create", "replace", "upsert", "patch");
        var queries = totals.Where(t => t.Operation.StartsWith("list", StringComparison.Ordinal)).Sum(t => t.Operations);
        Assert.Equal((11 * Projects) + 1, pointReads);
        Assert.Equal((8 * Projects) + 1, writes);
        Assert.Equal(Projects + 5, queries);
        Assert.All(totals.Where(t => t.Operation.StartsWith("list", StringComparison.Ordinal)), t => Assert.Equal(t.Operations, t.Requests));
    }

    /// <summary>What one project costs in a week where its manager answers after the first reminder.</summary>
    private static async Task RunProjectWeekAsync(IPortfolioStore store, Project project)
    {
        // Monday: the chase opens the request and mails the manager (idempotent mail key).
        var request = await store.UpdateRequests.CreateAsync(Samples.UpdateRequest(project.Id, Week));
        await store.Idempotency.TryAddAsync(new IdempotencyRecord($"mail:chase-{project.Id}-{Week}", "sent", Samples.Instant));

        // Wednesday: first reminder.
        var current = (await store.UpdateRequests.FindAsync(request.Value.Id))!;
        await store.UpdateRequests.ReplaceAsync(current.Value with { Status = UpdateRequestStatus.Reminded, RemindedAt = Samples.Instant.AddDays(2) }, current.ETag);
        await store.Idempotency.TryAddAsync(new IdempotencyRecord($"mail:reminder-{project.Id}-{Week}", "sent", Samples.Instant));

        // The manager opens the form (pre-filled with last week's answers)...
        await store.UpdateRequests.FindAsync(request.Value.Id);
        await store.Projects.FindAsync(project.Id);
        await store.StatusUpdates.ListByProjectAsync(project.Id, to: Week.Previous());

        // ...and submits it: the update with its outbox marker and the project's latest RAG (SubmitAsync: the update,
        // then the project read, the update read again and the project replaced), then the chase is told (its request
        // read first, to skip the engine when nobody listens) and the update marked delivered (read, patch).
        await store.UpdateRequests.FindAsync(request.Value.Id);
        await store.Projects.FindAsync(project.Id);
        var update = await store.StatusUpdates.SubmitAsync(Samples.StatusUpdate(project.Id, Week) with { Overall = Rag.Amber, Accomplishments = Text(600) }, ifMatch: null);
        await store.UpdateRequests.FindAsync(request.Value.Id);
        await store.StatusUpdates.MarkDeliveredAsync([update.Value.Id], Samples.Instant.AddDays(3));

        // The chase closes the request; the project's latest RAG is already recorded (read, nothing written).
        var open = (await store.UpdateRequests.FindAsync(request.Value.Id))!;
        await store.UpdateRequests.ReplaceAsync(open.Value with { Status = UpdateRequestStatus.Submitted, SubmittedAt = Samples.Instant.AddDays(3) }, open.ETag);
        await store.Projects.FindAsync(project.Id);
    }

    private static async Task SeedAsync(IPortfolioStore store)
    {
        for (var n = 1; n <= Projects; n++)
        {
            var project = Samples.Project($"P-{n:D3}") with { Description = Text(400), Milestones = [new Milestone("Go-live", new DateOnly(2027, 3, 1))] };
            await store.Projects.CreateAsync(project);
            for (var w = WeeksOfHistory; w >= 1; w--)
            {
                await store.StatusUpdates.CreateAsync(Samples.StatusUpdate(project.Id, Week.AddWeeks(-w)) with { Accomplishments = Text(600), EventDeliveredAt = Samples.Instant });
            }
        }
    }

    /// <summary>Stored sizes (bytes, with Cosmos's system properties) of the documents the cycle touches.</summary>
    private async Task<Dictionary<string, long>> MeasureSizesAsync(string tenant)
    {
        var container = await emulator.Containers.GetAsync();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (kind, id) in new[] { ("Project", "project:P-001"), ("StatusUpdate", $"update:P-001-{Week}"), ("UpdateRequest", $"request:P-001-{Week}"), ("IdempotencyRecord", $"idempotency:mail:chase-P-001-{Week}") })
        {
            using var response = await container.ReadItemStreamAsync(id, new PartitionKey(tenant));
            response.EnsureSuccessStatusCode();
            using var content = new MemoryStream();
            await response.Content.CopyToAsync(content);
            sizes[kind] = content.Length;
        }

        return sizes;
    }

    private void Report(IReadOnlyList<RequestChargeTotal> totals, Dictionary<string, long> sizes)
    {
        var report = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Weekly cycle, {Projects} projects ({WeeksOfHistory} weeks of history each):");
        foreach (var total in totals)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {total.Kind,-18} {total.Operation,-20} ops {total.Operations,4}  requests {total.Requests,4}  emulator RU {total.RequestUnits,6:0.##}");
        }

        foreach (var (kind, bytes) in sizes)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  stored size {kind,-18} {bytes,6} bytes");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"  emulator start and container creation: {emulator.StartDuration.TotalSeconds:0.0} s");
        output.WriteLine(report.ToString());
    }

    private static int Sum(IEnumerable<RequestChargeTotal> totals, params string[] operations) =>
        totals.Where(t => operations.Contains(t.Operation)).Sum(t => t.Operations);

    private static string Text(int length) => string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", (length / 28) + 1))[..length];
}
