using CrashDrill;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pmo.Hosting.Durable;

// Usage: CrashDrill <dataFolder> <instances>
// Starts the engine on Azurite in <dataFolder>, makes sure drill-0..N-1 exist (odd ones answered, even ones left
// to miss their deadline), and waits for all of them. The drill script kills it at random moments and restarts it.
var data = Path.GetFullPath(args[0]);
var count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var effects = Directory.CreateDirectory(Path.Combine(data, "effects")).FullName;

using var host = Host.CreateDefaultBuilder()
    .ConfigureServices(services => services
        .AddSingleton(new EffectFolder(effects))
        .AddDurableEngine(
            registry => registry.AddOrchestrator<DrillOrchestrator>().AddActivity<RecordDrillEffect>(),
            options =>
            {
                options.DataFolder = data;

                // Recovery after a kill is bounded by these; the drill's activities take milliseconds.
                options.ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(5);
                options.WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(10);
            }))
    .Build();
await host.StartAsync();
var client = host.Services.GetRequiredService<DurableTaskClient>();

for (var i = 0; i < count; i++)
{
    var id = $"drill-{i}";
    var state = await client.GetInstanceAsync(id);
    if (state is null)
    {
        var deadline = DateTime.UtcNow + (i % 2 == 1 ? TimeSpan.FromHours(1) : TimeSpan.FromSeconds(3));
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(DrillOrchestrator), new DrillInput(deadline), new StartOrchestrationOptions { InstanceId = id });
        }
        catch (DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException)
        {
            // Created by an earlier run just before it was killed.
        }
    }

    if (i % 2 == 1 && state?.IsCompleted != true)
    {
        await client.RaiseEventAsync(id, DrillOrchestrator.AnswerEvent, "yes");
    }
}

Console.WriteLine("scheduled");
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
for (var i = 0; i < count; i++)
{
    var done = await client.WaitForInstanceCompletionAsync($"drill-{i}", getInputsAndOutputs: true, timeout.Token);
    Console.WriteLine($"RESULT drill-{i} {done.RuntimeStatus} {done.ReadOutputAs<string>()}");
}

await host.StopAsync();
