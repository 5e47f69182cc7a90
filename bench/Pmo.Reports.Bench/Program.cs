using System.Diagnostics;
using System.Globalization;
using Pmo.Domain.Primitives;
using Pmo.Reports;
using Pmo.Reports.Bench;

// Review pack benchmark. Each portfolio size runs in its own child process so that its peak working set is its own.
//   dotnet run -c Release --project bench/Pmo.Reports.Bench -- --projects 100,1000,10000 [--weeks 52] [--runs 3] [--lang en|fr] [--out DIR]
//   dotnet run -c Release --project bench/Pmo.Reports.Bench -- --arbitration 500x2000 [--projects 1000] [--runs 3]
//     the arbitration pack (500 demands, 2,000 people), then the review pack at --projects as the reference of the same run
var options = BenchOptions.Parse(args);
if (options.Arbitration is { } arbitration)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Arbitration pack benchmark: first run cold then median of {options.Runs} warm runs, language {options.Language}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average before: {LoadAverage()}"));
    Console.WriteLine();
    Console.WriteLine(ArbitrationBenchmark.TableHeader);
    Console.WriteLine(ArbitrationBenchmark.Run(arbitration.Demands, arbitration.People, options));
    Console.WriteLine();
    Console.WriteLine("Review pack, same run (reference):");
    Console.WriteLine();
}

if (options.Single is { } projects)
{
    Console.WriteLine(PackBenchmark.Run(projects, options).ToLine());
    return 0;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Review pack benchmark: {options.Weeks} weeks of history, first run cold then median of {options.Runs} warm runs, language {options.Language}, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
Console.WriteLine();
Console.WriteLine(BenchResult.TableHeader);
foreach (var size in options.Projects)
{
    var child = ChildProcess.Start(size, options);
    Console.WriteLine(child.ToRow());
}

Console.WriteLine();
Console.WriteLine($"load average after: {LoadAverage()}");
return 0;

// The first three fields of /proc/loadavg (1, 5 and 15 minutes): how busy the shared machine was.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
