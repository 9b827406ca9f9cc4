using System.Net;
using System.Net.Sockets;

namespace PeeringContracts.TestSupport;

/// <summary>A loopback address nothing listens on, for runs that must find their target unreachable.</summary>
public static class ClosedPort
{
    /// <summary>A loopback URL nothing listens on: a port the system just handed out and that was released again.</summary>
    public static Uri Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
