using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Pmo.Local.Tests.Support;

/// <summary>
/// <c>./run.sh</c> (serve) started in a <see cref="CallerFolder"/>, exactly as typed, with only its port moved to a
/// free one (PMO_Local__Port, so several hosts never collide); everything it prints is kept, line by line.
/// </summary>
public sealed class RunScriptHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private RunScriptHost(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Every line run.sh and the host printed so far (stdout and stderr, in arrival order).</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static RunScriptHost Start(string folder, string command, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = LoopbackPort.Free();
        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["PMO_Local__Port"] = port.ToString(CultureInfo.InvariantCulture),
        };
        var process = Process.Start(Shell.Start(folder, command, CallerFolder.Environment(settings)))!;
        var host = new RunScriptHost(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { host._lines.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { host._lines.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until a printed line contains <paramref name="text"/>; fails at once if run.sh exits first.</summary>
    public Task<string> WaitForLineAsync(string text, TimeSpan timeout) =>
        Poll.UntilAsync(() =>
        {
            var line = _lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is null && _process.HasExited)
            {
                throw new InvalidOperationException($"run.sh exited ({_process.ExitCode}) before printing '{text}':\n{string.Join('\n', _lines)}");
            }

            return Task.FromResult(line);
        }, timeout, $"'{text}' from run.sh. So far:\n{string.Join('\n', _lines)}");

    /// <summary>Ctrl+C as a terminal would deliver it to run.sh (SIGINT is ignored in a background job, so SIGTERM, which run.sh treats alike).</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // run.sh, the host and the Azurite it started.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
