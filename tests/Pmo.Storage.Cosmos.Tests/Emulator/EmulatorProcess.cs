using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Pmo.Storage.Cosmos.Tests.Emulator;

/// <summary>
/// The local Cosmos emulator (tools/cosmos-emulator, @vercel/cosmosdb-server) as a child process on a free loopback
/// port. It is started with port 0 and reports the port it bound, so no other process can take it in between.
/// It exits when its standard input closes, so even a test host that dies without disposing leaves no orphan.
/// </summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    // Bounds a broken start only: node on a 2-core CI box running the other test assemblies can be slow to listen.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private EmulatorProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; private set; }

    /// <summary>Everything the emulator printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<EmulatorProcess> StartAsync(EmulatorCertificate certificate)
    {
        var folder = ToolFolder();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "start.js", "--port", "0", "--host", "127.0.0.1", "--cert", certificate.CertificatePath, "--key", certificate.KeyPath, "--exit-with-stdin" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var emulator = new EmulatorProcess(process, new Uri("https://127.0.0.1/"));
        process.OutputDataReceived += (_, e) => emulator.Received(e.Data, listening);
        process.ErrorDataReceived += (_, e) => emulator.Received(e.Data, null);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            $"The Cosmos emulator exited with code {process.ExitCode} before listening:\n{emulator.Output}"));

        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start node for the Cosmos emulator.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            emulator.Endpoint = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await emulator.DisposeAsync();
            throw new InvalidOperationException($"The Cosmos emulator did not listen within {StartTimeout.TotalSeconds} s:\n{emulator.Output}");
        }

        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Closing stdin asks the emulator to stop; kill only if it does not.
            _process.StandardInput.Close();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    /// <summary>tools/cosmos-emulator of this repository, installed (scripts/install-cosmos-emulator.sh).</summary>
    private static string ToolFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var folder = Path.Combine(directory.FullName, "tools", "cosmos-emulator");
            if (File.Exists(Path.Combine(folder, "start.js")))
            {
                return File.Exists(Path.Combine(folder, "node_modules", "@vercel", "cosmosdb-server", "package.json"))
                    ? folder
                    : throw new InvalidOperationException($"The Cosmos emulator is not installed in {folder}: run scripts/install-cosmos-emulator.sh.");
            }
        }

        throw new InvalidOperationException($"tools/cosmos-emulator/start.js not found above {AppContext.BaseDirectory}.");
    }

    private void Received(string? line, TaskCompletionSource<Uri>? listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (listening is not null && ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"listening on (?<url>https://\S+)")]
    private static partial Regex ListeningLine();
}
