using System.Diagnostics;

namespace Pmo.Local.Tests.Support;

/// <summary>The outcome of one run of the local host's CLI.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration);

/// <summary>Runs a one-shot command of the real Pmo.Local binary (dotnet exec) and captures its output.</summary>
public static class CliRun
{
    public static Task<CliResult> RunAsync(string dataFolder, TimeSpan timeout, string? stdin, params string[] args) =>
        RunAsync(dataFolder, timeout, stdin, new Dictionary<string, string>(), args);

    /// <summary>As above, with extra environment variables for the process (e.g. PMO_ settings).</summary>
    public static async Task<CliResult> RunAsync(
        string dataFolder, TimeSpan timeout, string? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(LocalHostBinary.DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(dataFolder);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish within {timeout.TotalSeconds:0} s. stderr: {await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr, clock.Elapsed);
    }
}
