using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Pmo.Hosting.Durable.Azurite;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>Durability across hosts on one data folder, and the engine's ownership of its Azurite process.</summary>
public class AzuriteLifecycleTests
{
    // Bounds a hang only: two engine starts on Azurite, on a loaded 2-core CI box.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_new_host_on_the_same_data_folder_resumes_a_waiting_instance()
    {
        using var data = new TestDataFolder();
        var effects = new EffectLog();

        // A message fetched but not yet run when the first host stops is retried after this timeout: keep it short.
        void Configure(DurableEngineOptions options)
        {
            options.DataFolder = data.Path;
            options.ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(5);
        }

        string id;
        int firstAzurite;
        await using (var first = await EngineHost.StartAsync(Configure, effects))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ChaseOrchestrator), new ChaseInput("restart", DateTime.UtcNow.AddHours(1)));
            await effects.WhenRecorded("restart:reminded").WaitAsync(Patience);
            firstAzurite = AzuriteEndpoints.Load(data.AzuriteFolder)!.ProcessId;
        }

        Assert.True(HasExited(firstAzurite), "the engine stops the Azurite it started");
        Assert.Null(AzuriteEndpoints.Load(data.AzuriteFolder));

        await using var second = await EngineHost.StartAsync(Configure, effects);
        await second.Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("after restart"));
        using var timeout = new CancellationTokenSource(Patience);
        var done = await second.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("answered by after restart", done.ReadOutputAs<string>());

        // Activities run at least once: a reminder in flight at the stop may run again, so effects are keyed.
        Assert.Equal(["restart:answered by after restart", "restart:reminded"], effects.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_azurite_left_running_on_the_folder_is_reused_then_stopped()
    {
        using var data = new TestDataFolder();
        var options = new DurableEngineOptions { DataFolder = data.Path };

        var first = await AzuriteServer.StartOrReuseAsync(options, NullLogger.Instance, CancellationToken.None);
        var second = await AzuriteServer.StartOrReuseAsync(options, NullLogger.Instance, CancellationToken.None);

        Assert.False(first.Reused);
        Assert.True(second.Reused);
        Assert.Equal(first.Endpoints, second.Endpoints);

        await second.DisposeAsync();
        Assert.True(HasExited(first.Endpoints.ProcessId));
    }

    [Fact]
    public async Task An_azurite_whose_start_was_interrupted_is_stopped_not_shared()
    {
        using var data = new TestDataFolder();
        var options = new DurableEngineOptions { DataFolder = data.Path };
        var first = await AzuriteServer.StartOrReuseAsync(options, NullLogger.Instance, CancellationToken.None);

        // What a host killed between spawning Azurite and reading its ports leaves behind.
        (first.Endpoints with { BlobPort = 0, QueuePort = 0, TablePort = 0 }).Save(data.AzuriteFolder);
        var second = await AzuriteServer.StartOrReuseAsync(options, NullLogger.Instance, CancellationToken.None);

        Assert.False(second.Reused);
        Assert.True(HasExited(first.Endpoints.ProcessId));
        await second.DisposeAsync();
        Assert.True(HasExited(second.Endpoints.ProcessId));
    }

    [Fact]
    public async Task Azurite_runs_in_its_own_session_so_a_terminal_ctrl_c_reaches_the_host_only()
    {
        using var data = new TestDataFolder();
        var azurite = await AzuriteServer.StartOrReuseAsync(new DurableEngineOptions { DataFolder = data.Path }, NullLogger.Instance, CancellationToken.None);
        try
        {
            // A terminal signals its foreground process group; Azurite must not be in the host's group or session.
            var (azuriteGroup, azuriteSession) = GroupAndSession(azurite.Endpoints.ProcessId);
            var (hostGroup, hostSession) = GroupAndSession(Environment.ProcessId);
            Assert.NotEqual(hostGroup, azuriteGroup);
            Assert.NotEqual(hostSession, azuriteSession);
            Assert.Equal(azurite.Endpoints.ProcessId, azuriteSession); // setsid in place: the recorded pid leads it
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    // Fields 5 and 6 of /proc/<pid>/stat, counted after the command name's closing parenthesis.
    private static (int Group, int Session) GroupAndSession(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool HasExited(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
