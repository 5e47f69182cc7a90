using System.Diagnostics;

namespace Pmo.Reports.Bench;

/// <summary>Runs one size in a fresh process (its own peak working set) and reads back its result line.</summary>
internal static class ChildProcess
{
    public static BenchResult Start(int projects, BenchOptions options)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var arg in options.ChildArgs(projects))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {projects}-project run failed (exit {process.ExitCode}).");
        }

        return BenchResult.FromLine(output.Trim().Split('\n')[^1]);
    }
}
