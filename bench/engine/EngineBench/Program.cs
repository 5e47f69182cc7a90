using System.Diagnostics;
using System.Globalization;
using EngineBench;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pmo.Hosting.Durable;

// Usage: EngineBench --backend azurite|inmemory [--instances 1000] [--timer 2] [--partitions 1]
//                    [--ceiling-seconds 10] [--workers 16] [--log]
var options = BenchArgs.Parse(args);
var data = Directory.CreateTempSubdirectory("pmo-engine-bench-").FullName;
using var requests = new StorageRequestCounter();

using var host = new HostBuilder()
    .ConfigureLogging(logging => logging.AddSimpleConsole(console => { console.TimestampFormat = "HH:mm:ss.fff "; console.SingleLine = true; }).SetMinimumLevel(options.Log ? LogLevel.Information : LogLevel.Warning))
    .ConfigureServices(services => services
        .AddSingleton<Probe>()
        .AddDurableEngine(
            registry => registry.AddOrchestrator<BenchChase>().AddActivity<BenchStep>(),
            engine =>
            {
                engine.Backend = options.Backend;
                engine.DataFolder = data;
                engine.TaskHubName = "EngineBench";
                engine.PartitionCount = options.Partitions;
            }))
    .Build();

var startClock = Stopwatch.StartNew();
await host.StartAsync();
var startUp = startClock.Elapsed;
var client = host.Services.GetRequiredService<DurableTaskClient>();
var azurite = options.Backend == DurableBackend.Azurite ? AzuriteProcess.Read(data) : null;

// Warm-up (JIT, connections, queues): 20 chases on their own ids, not counted.
await ChaseRun.RunAsync(client, Rearm(host), requests, 20, TimeSpan.FromMilliseconds(500), "warm-");

// Idle polling: what the engine asks of storage with nothing to do.
var idleBefore = requests.Total;
var idleClock = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(5));
var idlePerSecond = (requests.Total - idleBefore) / idleClock.Elapsed.TotalSeconds;

var load = Load();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var azuriteCpuBefore = azurite?.CpuTime() ?? TimeSpan.Zero;
var figures = await ChaseRun.RunAsync(client, Rearm(host), requests, options.Instances, options.Timer, "bench-");
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var azuriteCpu = (azurite?.CpuTime() ?? TimeSpan.Zero) - azuriteCpuBefore;
using var self = Process.GetCurrentProcess();
var processPeak = self.PeakWorkingSet64;
var azuritePeak = azurite?.PeakResidentBytes();

var report = new List<string>
{
    $"backend: {options.Backend}; instances: {figures.Instances}; partitions: {options.Partitions}; timer (unanswered half): {figures.Timer.TotalSeconds:F1} s",
    $"load average before the run: {load}; after: {Load()}",
    $"engine start-up: {startUp.TotalSeconds:F1} s",
    $"schedule all: {figures.ScheduleAll.TotalSeconds:F2} s",
    $"all complete: {figures.AllComplete.TotalSeconds:F2} s; timers excluded (minus the {figures.Timer.TotalSeconds:F1} s timer): {(figures.AllComplete - figures.Timer).TotalSeconds:F2} s",
    $"answered half complete: {figures.AnsweredHalfComplete.TotalSeconds:F2} s",
    $"orchestrations/s: {figures.Instances / figures.AllComplete.TotalSeconds:F1} (timers excluded: {figures.Instances / (figures.AllComplete - figures.Timer).TotalSeconds:F1})",
    $"time to first activity: {figures.FirstActivity}",
    $"event to completion: {figures.EventToCompletion}",
    $"timer due to completion: {figures.TimerDueToCompletion}",
    $"process CPU during the run: {cpu.TotalSeconds:F1} s",
    $"peak working set (process): {processPeak / 1048576.0:F0} MB",
};
if (azurite is not null)
{
    var perOrchestration = (double)figures.StorageRequests / figures.Instances;
    var idleShare = idlePerSecond * figures.AllComplete.TotalSeconds / figures.Instances;
    long Port(int port) => figures.RequestsByPort.GetValueOrDefault(port);
    report.Add($"requests per orchestration by service (query requests included): queue {Port(azurite.QueuePort) / (double)figures.Instances:F1}, " +
        $"table {Port(azurite.TablePort) / (double)figures.Instances:F1}, blob {Port(azurite.BlobPort) / (double)figures.Instances:F1}");
    report.Add($"Azurite CPU during the run: {azuriteCpu.TotalSeconds:F1} s ({azuriteCpu / figures.AllComplete:P0} of one core)");
    report.Add($"peak resident set (Azurite, VmHWM): {azuritePeak / 1048576.0:F0} MB");
    report.Add($"storage requests during the run: {figures.StorageRequests} = {perOrchestration:F1} per orchestration " +
        $"(idle polling {idlePerSecond:F1}/s, i.e. {idleShare:F1} of them); achieved {figures.StorageRequests / figures.AllComplete.TotalSeconds:F0} req/s");
    var ceilingCpuBefore = azurite.CpuTime();
    var ceiling = await AzuriteCeiling.MeasureAsync(azurite, options.CeilingDuration, options.Workers);
    var ceilingCpu = azurite.CpuTime() - ceilingCpuBefore;
    var bound = ceiling.PerSecond / perOrchestration;
    report.Add($"Azurite ceiling: {ceiling.PerSecond:F0} req/s ({ceiling.Workers} workers, queue put/get/delete + table upsert, {ceiling.Elapsed.TotalSeconds:F0} s, engine idle; Azurite CPU {ceilingCpu / ceiling.Elapsed:P0} of one core); load after: {Load()}");
    report.Add($"storage-bound orchestrations/s (ceiling / requests per orchestration): {bound:F1}; achieved/bound: {figures.Instances / (figures.AllComplete - figures.Timer).TotalSeconds / bound:P0} (timers excluded)");
    report.Add($"peak resident set (Azurite, after the ceiling test): {azurite.PeakResidentBytes() / 1048576.0:F0} MB");
}

report.ForEach(Console.WriteLine);
await host.StopAsync();
Directory.Delete(data, recursive: true);

static Probe Rearm(IHost host)
{
    var probe = host.Services.GetRequiredService<Probe>();
    probe.Reset();
    return probe;
}

static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

/// <summary>Command-line options.</summary>
internal sealed record BenchArgs(DurableBackend Backend, int Instances, TimeSpan Timer, int Partitions, TimeSpan CeilingDuration, int Workers, bool Log)
{
    public static BenchArgs Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        double Num(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchArgs(
            Enum.Parse<DurableBackend>(Value("--backend") ?? "Azurite", ignoreCase: true),
            Int("--instances", 1000),
            TimeSpan.FromSeconds(Num("--timer", 2)),
            Int("--partitions", 1),
            TimeSpan.FromSeconds(Num("--ceiling-seconds", 10)),
            Int("--workers", 16),
            args.Contains("--log"));
    }
}
