using System.Net.Sockets;

namespace Sentinel.LocalHost.Worker;

/// <summary>
/// Waits until the worker's ASP.NET Core server accepts connections on its HttpUri. The worker opens the gRPC
/// stream before its Kestrel has bound, so requests (or a WorkerTerminate) sent in that gap would fail.
/// </summary>
internal static class WorkerHttpReadiness
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>Polls with a TCP connect; the pacing is on the real clock because the worker starts on it, whatever the host's scheduling clock is.</summary>
    public static async Task WaitAsync(Uri httpUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpUri);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(httpUri.Host, httpUri.Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(RetryInterval, TimeProvider.System, cancellationToken);
            }
        }
    }
}
