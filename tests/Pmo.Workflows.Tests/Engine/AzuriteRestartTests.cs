using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pmo.Application;
using Pmo.Application.Packs;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Storage;
using Pmo.Application.Ports.Workflows;
using Pmo.Application.Submission;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Hosting.Durable;
using Pmo.Reports;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Configuration;
using Pmo.Workflows.Orchestrations;
using Pmo.Workflows.Scheduling;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Engine;

/// <summary>
/// The engine stops in the middle of a weekly cycle on the Azurite backend and a new host takes over the same task hub
/// and store: the cycle completes and no e-mail is delivered twice (message-id idempotency in the store).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class AzuriteRestartTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3); // bounds a hang only

    [Fact]
    public async Task Weekly_cycle_interrupted_by_a_host_restart_completes_without_duplicate_mails()
    {
        using var folder = new TempFolder();
        await using var store = new SqlitePortfolioStore(folder.StoreOptions());
        var mailer = new RecordingMailer(TimeProvider.System);
        await TestPortfolio.SeedAsync(store, Settings());

        var now = DateTimeOffset.UtcNow;
        var week = new GovernanceCalendar(Settings()).WeekAt(now);
        var first = await StartHostAsync(folder, store, mailer);
        // Wall-clock timers: ATLAS's answer must complete its chase on Azurite before the first reminder, on a loaded CI box.
        var deadlines = new WeekDeadlines(week, now, now.AddSeconds(30), now.AddSeconds(34), now.AddSeconds(38), now.AddSeconds(39));
        var (weeklyId, _) = await first.Services.GetRequiredService<WorkflowRunner>().StartWeeklyCycleAsync(new WeeklyCycleInput(week, deadlines));
        var invite = await mailer.WhenSent($"chase-ATLAS-{week}-invite").WaitAsync(Timeout);
        await first.Services.GetRequiredService<UpdateSubmissionService>().SubmitAsync(invite.Token(), Paris.Draft(Rag.Green));

        // ATLAS's chase takes the answer before the stop. A graceful stop can strand a control-queue message the provider
        // had already fetched but not yet run (its drain waits only for sessions in flight): it reappears only after
        // ControlQueueVisibilityTimeout (20 s), and an answer stranded so would lose to these seconds-long deadlines.
        using (var answered = new CancellationTokenSource(Timeout))
        {
            var atlas = await first.Services.GetRequiredService<DurableTaskClient>()
                .WaitForInstanceCompletionAsync(InstanceIds.Chase("ATLAS", week), getInputsAndOutputs: false, answered.Token);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, atlas.RuntimeStatus);
        }

        // Stop while the other chases wait on their timers (and perhaps while invitations are still going out).
        await first.StopAsync();
        first.Dispose();

        using var second = await StartHostAsync(folder, store, mailer);
        using var cts = new CancellationTokenSource(Timeout);
        var weekly = await second.Services.GetRequiredService<DurableTaskClient>().WaitForInstanceCompletionAsync(weeklyId, getInputsAndOutputs: true, cts.Token);
        await second.StopAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Completed, weekly.RuntimeStatus);
        var outcomes = weekly.ReadOutputAs<WeeklyCycleResult>()!.Chases.ToDictionary(c => c.ProjectId, c => c.Outcome);
        Assert.Equal(ChaseOutcome.OnTimeBeforeReminder, outcomes["ATLAS"]);
        Assert.Equal(ChaseOutcome.Missed, outcomes["CASTOR"]);
        var ids = mailer.Sent.Select(m => m.Message.MessageId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(5, mailer.Sent.Count(m => m.Kind == "chase-invite"));
        Assert.Equal(4, mailer.Sent.Count(m => m.Kind == "first-reminder"));
        Assert.Single(mailer.Sent, m => m.Kind == "weekly-digest");
    }

    private static async Task<IHost> StartHostAsync(TempFolder folder, IPortfolioStore store, IMailer mailer)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:PublicBaseUrl"] = "http://localhost:7071/api",
            ["Workflows:LinkSigningKey"] = VirtualWorld.SigningKey,
            ["Workflows:PackFolder"] = Path.Combine(folder.Path, "packs"),
        }).Build();
        var host = new HostBuilder()
            .ConfigureLogging(logging =>
            {
                // Set PMO_TEST_ENGINE_LOG=1 to see the engine's log while diagnosing this test.
                if (Environment.GetEnvironmentVariable("PMO_TEST_ENGINE_LOG") == "1")
                {
                    logging.AddSimpleConsole(console => console.TimestampFormat = "HH:mm:ss.fff ").SetMinimumLevel(LogLevel.Debug);
                }
            })
            .ConfigureServices(services => services
                .AddSingleton(store)
                .AddSingleton(mailer)
                .AddSingleton<IReviewPackBuilder, PlainHtmlPackBuilder>()
                .AddPmoApplication(configuration)
                .AddPmoReports()
                .AddPmoWorkflows()
                .AddDurableEngine(registry => WorkflowRegistry.Register(registry), options =>
                {
                    options.Backend = DurableBackend.Azurite;
                    options.DataFolder = Path.Combine(folder.Path, "engine");
                }))
            .Build();
        await host.StartAsync();
        return host;
    }
}
