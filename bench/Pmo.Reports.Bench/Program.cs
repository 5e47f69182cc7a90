using System.Diagnostics;
using System.Globalization;
using Pmo.Domain.Primitives;
using Pmo.Reports;
using Pmo.Reports.Bench;

// Review pack benchmark. Each portfolio size runs in its own child process so that its peak working set is its own.
//   dotnet run -c Release --project bench/Pmo.Reports.Bench -- --projects 100,1000,10000 [--weeks 52] [--runs 3] [--lang en|fr] [--out DIR]
var options = BenchOptions.Parse(args);
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

return 0;
