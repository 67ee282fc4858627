using System.Net;
using System.Net.Sockets;

namespace Sentinel.TestSupport;

/// <summary>Finds a loopback TCP port nobody is listening on, for servers a test starts itself.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
