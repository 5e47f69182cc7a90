using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Pmo.Hosting.Durable.Azurite;

/// <summary>
/// The engine's own Azurite: a Node.js child process on free loopback ports with its data in a folder, or the one
/// an earlier host left running on that folder. Disposing stops it gracefully so Azurite saves its metadata.
/// </summary>
internal sealed partial class AzuriteServer : IAsyncDisposable
{
    private readonly string folder;
    private readonly ILogger logger;

    private AzuriteServer(string folder, AzuriteEndpoints endpoints, bool reused, ILogger logger)
    {
        this.folder = folder;
        this.logger = logger;
        Endpoints = endpoints;
        Reused = reused;
    }

    public AzuriteEndpoints Endpoints { get; }

    /// <summary>True when an Azurite started by an earlier host was still serving this folder.</summary>
    public bool Reused { get; }

    public static async Task<AzuriteServer> StartOrReuseAsync(DurableEngineOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(options.DataFolder, "azurite"));
        Directory.CreateDirectory(folder);

        if (AzuriteEndpoints.Load(folder) is { } previous && IsAzurite(previous.ProcessId) && await previous.AnswerAsync(cancellationToken))
        {
            logger.ReusingAzurite(previous.ProcessId, folder);
            return new AzuriteServer(folder, previous, reused: true, logger);
        }

        var endpoints = await LaunchAsync(options, folder, logger, cancellationToken);
        endpoints.Save(folder);
        logger.StartedAzurite(endpoints.ProcessId, folder, endpoints.BlobPort, endpoints.QueuePort, endpoints.TablePort);
        return new AzuriteServer(folder, endpoints, reused: false, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(Endpoints.ProcessId, logger);
        AzuriteEndpoints.Delete(folder);
    }

    private static async Task<AzuriteEndpoints> LaunchAsync(DurableEngineOptions options, string folder, ILogger logger, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.NodePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            AzuriteInstallation.FindEntryPoint(options.AzuriteFolder),
            "--location", folder,
            "--silent", "--disableTelemetry",

            // Port 0: the OS picks free ports and Azurite prints them, so two hosts never collide.
            "--blobHost", "127.0.0.1", "--blobPort", "0",
            "--queueHost", "127.0.0.1", "--queuePort", "0",
            "--tableHost", "127.0.0.1", "--tablePort", "0",

            // The storage SDKs may speak a newer REST version than this Azurite knows; the subset DTFx uses works.
            "--skipApiVersionCheck", "--loose",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            logger.AzuriteOutput(e.Data);
            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                lock (ports)
                {
                    ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
                    if (ports.Count == 3)
                    {
                        ready.TrySetResult();
                    }
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                logger.AzuriteError(e.Data);
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.Exited += (_, _) =>
        {
            lock (errors)
            {
                ready.TrySetException(new InvalidOperationException($"Azurite exited during start-up: {errors}"));
            }
        };

        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {options.NodePath}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(options.AzuriteStartTimeout, cancellationToken);
        }
        catch
        {
            await StopAsync(process.Id, logger);
            throw;
        }

        return new AzuriteEndpoints(process.Id, ports["Blob"], ports["Queue"], ports["Table"]);
    }

    /// <summary>SIGTERM first, so Azurite closes its services and saves its databases; a hard kill only if it hangs.</summary>
    private static async Task StopAsync(int processId, ILogger logger)
    {
        Process process;
        try
        {
            process = Process.GetProcessById(processId);
        }
        catch (ArgumentException)
        {
            return; // already gone
        }

        using (process)
        {
            if (!OperatingSystem.IsWindows())
            {
                using var term = Process.Start("kill", ["-TERM", processId.ToString(CultureInfo.InvariantCulture)]);
                await term.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                logger.AzuriteKilled(processId);
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    // Guards against reusing a recycled pid that now belongs to another program.
    private static bool IsAzurite(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            if (process.HasExited)
            {
                return false;
            }

            var commandLine = $"/proc/{processId}/cmdline";
            return !File.Exists(commandLine) || File.ReadAllText(commandLine).Contains("azurite", StringComparison.OrdinalIgnoreCase);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://[^\s]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
