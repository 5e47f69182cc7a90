using System.Net;
using System.Net.Sockets;

namespace Pmo.Mail.Tests.Support;

/// <summary>
/// A loopback port that refuses connections for as long as this object lives: a socket is bound to it but never
/// listens, so a connection attempt gets a reset, and no other process or test (assemblies run in parallel) can take
/// the port meanwhile, as it could with a port found free, released, then connected to.
/// </summary>
internal sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket;

    private ClosedPort(Socket socket, int port)
    {
        _socket = socket;
        Port = port;
    }

    public int Port { get; }

    public static ClosedPort Reserve()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        // Without SO_REUSEADDR no other socket can bind the port, even one that asks for address reuse.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, false);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return new ClosedPort(socket, ((IPEndPoint)socket.LocalEndPoint!).Port);
    }

    public void Dispose() => _socket.Dispose();
}
