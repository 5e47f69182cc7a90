using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;

namespace Pmo.Functions.Tests.Packs;

/// <summary>
/// A real Azurite blob service for the pack archive tests: the project's pinned Azurite (tools/azurite, installed by
/// scripts/install-azurite.sh), blob only, in memory, on a loopback port the OS picks. The engine's own Azurite
/// launcher in Pmo.Hosting.Durable is internal and starts all three services with a data folder, so it is not reused.
/// </summary>
public sealed partial class AzuriteBlobFixture : IAsyncLifetime, IDisposable
{
    // Azurite's fixed development account, documented publicly by Microsoft; it protects nothing.
    private const string DevAccount = "devstoreaccount1";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmo-azurite-blob-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public BlobServiceClient Service => new(ConnectionString);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[]
        {
            BlobEntryPoint(),
            "--blobHost", "127.0.0.1", "--blobPort", "0", // port 0: no collision with another Azurite or test run
            "--inMemoryPersistence", "--extentMemoryLimit", "64", "--disableTelemetry", "--silent",
            "--skipApiVersionCheck", "--loose", // the SDK may speak a newer REST version than this Azurite knows
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _port.TrySetException(new InvalidOperationException($"Azurite exited during start-up: {Output()}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Azurite prints the port once it listens; the deadline only bounds a broken start.
        var port = await _port.Task.WaitAsync(TimeSpan.FromMinutes(2));
        ConnectionString = string.Create(CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={DevAccount};AccountKey={DevKey};BlobEndpoint=http://127.0.0.1:{port}/{DevAccount};");

        // It answers requests, not only connections.
        await Service.GetPropertiesAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // in memory: nothing to save
            }

            process.WaitForExit();
            process.Dispose();
        }

        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Under the temp directory; a leftover must not fail the run.
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _port.TrySetResult(int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static string BlobEntryPoint()
    {
        var entry = Path.Combine("tools", "azurite", "node_modules", "azurite", "dist", "src", "blob", "main.js");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, entry)))
            {
                return Path.Combine(dir.FullName, entry);
            }
        }

        throw new FileNotFoundException($"Azurite is not installed ({entry} is missing): run scripts/install-azurite.sh.", entry);
    }

    [GeneratedRegex(@"Azurite Blob service successfully listens on https?://[^\s]+:(?<port>\d+)")]
    private static partial Regex Listening();
}

/// <summary>One Azurite for every class that needs it (they then run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteBlobCollection : ICollectionFixture<AzuriteBlobFixture>
{
    public const string Name = "Azurite blob";
}
