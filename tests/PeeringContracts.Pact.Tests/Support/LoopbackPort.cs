using System.Net.Sockets;

namespace PeeringContracts.Pact.Tests.Support;

/// <summary>Probes whether anything still accepts connections on a port of 127.0.0.1.</summary>
internal static class LoopbackPort
{
    public static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
