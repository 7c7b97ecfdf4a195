using System.Net;
using System.Net.Sockets;

namespace ResourceHub.Graph.Tests.Persistence;

/// <summary>A TCP port of 127.0.0.1 that nothing listens on now, for a server a test starts (PostgreSQL, a hub, a webhook receiver).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
