using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Pmo.Local.Tests.Support;

/// <summary>
/// The real local host (<c>dotnet exec Pmo.Local.dll serve</c>) on a free loopback port with its own data folder,
/// configured only through environment variables and the command line, killed (with Azurite) on dispose.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    public const string AdminKey = "e2e-admin-key-0123456789abcdef";
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private LocalHostProcess(Process process, int port, string dataFolder)
    {
        _process = process;
        Port = port;
        DataFolder = dataFolder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public int Port { get; }
    public string DataFolder { get; }
    public Uri BaseAddress { get; }

    /// <summary>A client that sends the admin API key from configuration with every request.</summary>
    public HttpClient Client { get; }

    /// <summary>Everything the host wrote so far (stdout and stderr), for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    public static async Task<LocalHostProcess> StartAsync(string dataFolder, TimeSpan startTimeout, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        foreach (var arg in new[] { "exec", LocalHostBinary.DllPath, "serve", "--port", port.ToString(), "--data", dataFolder })
        {
            start.ArgumentList.Add(arg);
        }

        // Configuration as an operator would set it: standard and PMO_-prefixed environment variables.
        start.Environment["PMO_Api__ApiKeys__0__Key"] = AdminKey;
        start.Environment["PMO_Api__ApiKeys__0__Role"] = "Pmo.Admin";
        start.Environment["PMO_Api__ApiKeys__0__Email"] = "pmo@example.org";
        start.Environment["Seed__DemoPortfolio"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var host = new LocalHostProcess(process, port, dataFolder);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { host._output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { host._output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await Poll.UntilAsync(async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The local host exited with {process.ExitCode}:\n{host.Output}");
                }

                try
                {
                    using var response = await host.Client.GetAsync("api/health");
                    return response.StatusCode == HttpStatusCode.OK ? "up" : null;
                }
                catch (HttpRequestException)
                {
                    return null;
                }
            }, startTimeout, "the local host to answer /api/health");
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Asks the host to stop as Ctrl+C or a service manager would (SIGTERM) and waits for it to exit.</summary>
    public async Task StopGracefullyAsync(TimeSpan timeout)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            // The whole tree: the host and the Azurite it started.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
