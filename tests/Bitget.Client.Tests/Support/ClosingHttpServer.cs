using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bitget.Client.Tests.Support;

/// <summary>
/// A minimal keep-alive HTTP/1.1 server on loopback that can read a request in full and then close the connection
/// gracefully (FIN) without a reply byte: the one failure after which SocketsHttpHandler may resend a request on a new
/// connection by itself. Written by hand because Kestrel's abort resets the connection (RST) instead, which never
/// triggers that resend. It answers the server time, and every other request with Bitget's "order does not exist".
/// </summary>
internal sealed class ClosingHttpServer : IAsyncDisposable
{
    private const string NotFound = "{\"code\":\"40768\",\"msg\":\"Order does not exist\",\"requestTime\":0,\"data\":null}";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Task _accepting;
    private string? _closePath;
    private int _connections;

    public ClosingHttpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>How many requests of <paramref name="method"/> on <paramref name="path"/> arrived in full.</summary>
    public int Count(string method, string path) => _requests.Count(r => r == method + " " + path);

    /// <summary>The next request on <paramref name="path"/> is read in full, then its connection is closed unanswered.</summary>
    public void CloseAfterReading(string path) => Volatile.Write(ref _closePath, path);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _accepting;
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var tcp = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
                connections.Add(ServeAsync(tcp));
            }
        }
        catch (SocketException)
        {
            await Task.WhenAll(connections);
        }
        catch (ObjectDisposedException)
        {
            await Task.WhenAll(connections);
        }
    }

    private async Task ServeAsync(TcpClient tcp)
    {
        using (tcp)
        {
            var stream = tcp.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, false, 4096, leaveOpen: true);
            try
            {
                while (await ReadRequestAsync(reader) is { } target)
                {
                    _requests.Enqueue(target);
                    if (target.EndsWith(" " + Volatile.Read(ref _closePath), StringComparison.Ordinal) && Interlocked.Exchange(ref _closePath, null) is not null)
                    {
                        tcp.Client.Shutdown(SocketShutdown.Both);
                        return;
                    }

                    await ReplyAsync(stream, target.EndsWith("/api/v2/public/time", StringComparison.Ordinal));
                }
            }
            catch (IOException)
            {
                // The client closed its end; nothing more to serve on this connection.
            }
        }
    }

    /// <summary>Reads one request (headers and Content-Length body); returns "METHOD /path", or null at the end of the stream.</summary>
    private static async Task<string?> ReadRequestAsync(StreamReader reader)
    {
        var requestLine = await reader.ReadLineAsync();
        if (string.IsNullOrEmpty(requestLine))
        {
            return null;
        }

        var length = 0;
        for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length > 0)
        {
            await reader.ReadBlockAsync(new char[length]);
        }

        var parts = requestLine.Split(' ');
        return parts[0] + " " + parts[1].Split('?')[0];
    }

    private static async Task ReplyAsync(NetworkStream stream, bool serverTime)
    {
        var json = serverTime
            ? "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":0,\"data\":{\"serverTime\":\"" + DateTimeOffset.UnixEpoch.AddYears(56).ToUnixTimeMilliseconds() + "\"}}"
            : NotFound;
        var status = serverTime ? "200 OK" : "400 Bad Request";
        var reply = $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {json.Length}\r\n\r\n{json}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply));
    }
}
