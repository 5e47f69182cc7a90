using System.Diagnostics;
using System.Text.Json;

namespace Pmo.Infra.Tests.Support;

/// <summary>Runs the Bicep CLI from the NuGet package; output is captured, never printed.</summary>
internal static class Bicep
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    private static readonly Lazy<Task<Result>> MainBuild = new(() => RunAsync("build", Repo.File("infra", "main.bicep"), "--stdout"));

    /// <summary>infra/main.bicep compiled to an ARM template, once per test run.</summary>
    public static Task<Result> BuildMainAsync() => MainBuild.Value;

    public static async Task<JsonElement> MainTemplateAsync()
    {
        var result = await BuildMainAsync();
        Assert.True(result.ExitCode == 0, $"bicep build failed:\n{result.StdErr}");
        using var document = JsonDocument.Parse(result.StdOut);
        return document.RootElement.Clone();
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        EnsureExecutable(Repo.BicepPath);
        var start = new ProcessStartInfo(Repo.BicepPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // No telemetry, and no update check that would try the network.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    // NuGet extracts the CLI with the owner's execute bit today; set it if a cache lost it.
    private static void EnsureExecutable(string path)
    {
        Assert.True(System.IO.File.Exists(path), $"Bicep CLI not found at {path}: restore Azure.Bicep.CommandLine.linux-x64.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = System.IO.File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            System.IO.File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
    }
}
