using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pmo.Hosting.Durable.Azurite;

/// <summary>
/// The engine's own Azurite: a Node.js child process on free loopback ports with its data in a folder, or the one
/// an earlier host left running on that folder. Disposing stops it gracefully so Azurite saves its metadata.
/// </summary>
internal sealed partial class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's console output, in its data folder.</summary>
    public const string LogFileName = "azurite.log";

    private readonly string _folder;
    private readonly ILogger _logger;

    private AzuriteServer(string folder, AzuriteEndpoints endpoints, bool reused, ILogger logger)
    {
        _folder = folder;
        _logger = logger;
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

        if (AzuriteEndpoints.Load(folder) is { } previous && IsAzurite(previous.ProcessId))
        {
            if (previous.BlobPort > 0 && await previous.AnswerAsync(cancellationToken))
            {
                logger.ReusingAzurite(previous.ProcessId, folder);
                return new AzuriteServer(folder, previous, reused: true, logger);
            }

            // Left by a start that was interrupted (ports never recorded), or no longer answering: it must not
            // share the folder with the Azurite started next.
            await StopAsync(previous.ProcessId, logger);
        }

        var endpoints = await LaunchAsync(options, folder, logger, cancellationToken);
        endpoints.Save(folder);
        logger.StartedAzurite(endpoints.ProcessId, folder, endpoints.BlobPort, endpoints.QueuePort, endpoints.TablePort);
        return new AzuriteServer(folder, endpoints, reused: false, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(Endpoints.ProcessId, _logger);
        AzuriteEndpoints.Delete(_folder);
    }

    private static async Task<AzuriteEndpoints> LaunchAsync(DurableEngineOptions options, string folder, ILogger logger, CancellationToken cancellationToken)
    {
        // Azurite writes to a log file, not to a pipe: it must outlive a killed host (to be reused), and a node
        // process whose stdout pipe has lost its reader dies on its next write. It runs in its own session (setsid,
        // same pid) so a Ctrl+C in the host's terminal reaches the host only, which then stops Azurite in order.
        var log = Path.Combine(folder, LogFileName);
        File.Delete(log);
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.Environment["AZURITE_LOG"] = log;
        foreach (var argument in new[]
        {
            "-c", "exec >\"$AZURITE_LOG\" 2>&1; if command -v setsid >/dev/null; then exec setsid \"$0\" \"$@\"; fi; exec \"$0\" \"$@\"",
            options.NodePath,
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {options.NodePath}.");

        // Recorded at once, so a host killed before Azurite listens does not leave an Azurite nobody knows of.
        new AzuriteEndpoints(process.Id, 0, 0, 0).Save(folder);
        try
        {
            var ports = await WaitForPortsAsync(process, log, options.AzuriteStartTimeout, cancellationToken);
            return new AzuriteEndpoints(process.Id, ports["Blob"], ports["Queue"], ports["Table"]);
        }
        catch
        {
            await StopAsync(process.Id, logger);
            throw;
        }
    }

    /// <summary>Reads Azurite's log until it has printed the port of each service.</summary>
    private static async Task<Dictionary<string, int>> WaitForPortsAsync(
        Process process, string log, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            var text = File.Exists(log) ? await File.ReadAllTextAsync(log, deadline.Token) : string.Empty;
            foreach (Match match in ListeningLine().Matches(text))
            {
                ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
            }

            if (ports.Count == 3)
            {
                return ports;
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited during start-up (code {process.ExitCode}): {text}");
            }

            try
            {
                // Start-up only: Azurite prints its ports within a few seconds.
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Azurite did not listen within {timeout}: {text}");
            }
        }
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
