using System.Net.Sockets;
using Grpc.Net.Client;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// The gRPC channel from the SDK worker and client to the in-process sidecar, over a Unix domain socket: its path is
/// known before the sidecar starts (the SDK wants the channel at registration), no TCP port can collide, and
/// nothing listens on the network.
/// </summary>
internal sealed class SidecarChannel : IDisposable
{
    public SidecarChannel()
    {
        SocketPath = Path.Combine(Path.GetTempPath(), $"pmo-durable-{Guid.NewGuid():N}.sock");
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };

        // The authority is only a label: every connection goes through the socket above.
        Channel = GrpcChannel.ForAddress("http://sidecar", new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            MaxReceiveMessageSize = null,
            MaxSendMessageSize = null,
        });
    }

    public string SocketPath { get; }

    public GrpcChannel Channel { get; }

    public void Dispose()
    {
        Channel.Dispose();
        File.Delete(SocketPath);
    }
}
