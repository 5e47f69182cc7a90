using Grpc.Net.Client;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// The gRPC channel from the SDK worker and client to the in-process sidecar. The SDK wants the channel at
/// registration, before the sidecar runs, so the channel's handler is attached to the sidecar's in-memory server once
/// it has started (<see cref="Attach"/>). Calls then never leave the process: no socket, no HTTP/2 framing, nothing
/// listening on the network.
/// </summary>
internal sealed class SidecarChannel : IDisposable
{
    private readonly SidecarHandler _handler = new();

    public SidecarChannel()
    {
        // The authority is only a label: every call goes to the handler above.
        Channel = GrpcChannel.ForAddress("http://sidecar", new GrpcChannelOptions
        {
            HttpHandler = _handler,
            DisposeHttpClient = true,
            MaxReceiveMessageSize = null,
            MaxSendMessageSize = null,
        });
    }

    public GrpcChannel Channel { get; }

    /// <summary>Sends the channel's calls to the sidecar's server from now on.</summary>
    public void Attach(HttpMessageHandler server) => _handler.Attach(server);

    public void Dispose() => Channel.Dispose();

    /// <summary>Forwards to the sidecar's in-memory server once attached; before that a call fails, saying why.</summary>
    private sealed class SidecarHandler : HttpMessageHandler
    {
        private HttpMessageInvoker? _server;

        public void Attach(HttpMessageHandler server) =>
            Interlocked.Exchange(ref _server, new HttpMessageInvoker(server, disposeHandler: true))?.Dispose();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (Volatile.Read(ref _server) ?? throw new InvalidOperationException("The Durable Task sidecar is not running."))
                .SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Interlocked.Exchange(ref _server, null)?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
