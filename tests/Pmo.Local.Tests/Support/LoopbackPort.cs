using System.Net;
using System.Net.Sockets;

namespace Pmo.Local.Tests.Support;

/// <summary>
/// A free loopback port for a child process (the local host, run.sh) to listen on. It is chosen below Linux's
/// ephemeral range (32768–60999), from which the kernel hands out the source ports of outgoing connections: a port
/// the OS picked there (port 0) could be taken by one of the parallel tests' connections (to Azurite, to the engine)
/// in the second between this process letting it go and the child binding it ("address already in use").
/// </summary>
internal static class LoopbackPort
{
    private const int First = 20000;
    private const int Last = 32000;

    public static int Free()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: another test's host, or anything else listening there; try another.
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {Last}.");
    }
}
