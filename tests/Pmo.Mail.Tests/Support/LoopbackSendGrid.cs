using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pmo.Mail.Tests.Support;

/// <summary>A request the fake SendGrid received, as sent on the wire by the SDK.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string ContentType, string Body);

/// <summary>A scripted answer: status, headers and body; <see cref="Hold"/> delays it until released.</summary>
internal sealed record ScriptedResponse(int Status, IReadOnlyDictionary<string, string>? Headers = null, string Body = "")
{
    public Task? Hold { get; init; }
}

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for api.sendgrid.com (the SDK is pointed at it through
/// SendGridClientOptions.Host). It records each request and answers from a script; 202 once the script runs out.
/// </summary>
internal sealed class LoopbackSendGrid : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly SemaphoreSlim _arrived = new(0);

    public LoopbackSendGrid(params ScriptedResponse[] script)
    {
        foreach (var response in script)
        {
            _script.Enqueue(response);
        }

        (_listener, Port) = Listen();
        _loop = Task.Run(ServeAsync);
    }

    // HttpListener cannot bind port 0: take a port found free and, if another test or assembly (they run in
    // parallel) took it in between, another one.
    private static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close();
            }
        }
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers["Authorization"],
                context.Request.ContentType ?? "",
                body));
            _arrived.Release();

            var answer = _script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(202);
            if (answer.Hold is not null)
            {
                await Task.WhenAny(answer.Hold, Task.Delay(Timeout.Infinite, _stop.Token));
            }

            try
            {
                context.Response.StatusCode = answer.Status;
                foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[name] = value;
                }

                var bytes = Encoding.UTF8.GetBytes(answer.Body);
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
            {
                // The client gave up (timeout test): nothing to answer.
            }
        }
    }

    /// <summary>
    /// Waits until <paramref name="count"/> requests have arrived in total (the server has read them): a timeout test
    /// lets the deadline pass only then. The limit only bounds a broken test.
    /// </summary>
    public async Task WaitForRequestsAsync(int count)
    {
        while (Requests.Count < count)
        {
            Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(60)), $"{Requests.Count} of {count} requests arrived.");
        }
    }

    /// <summary>A port nobody listens on right now (bind to 0, read, release); someone may take it before it is used.</summary>
    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
        _arrived.Dispose();
    }
}
