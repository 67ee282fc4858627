using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Bitget.Simulator.Tests.Support;

/// <summary>A bare <see cref="ClientWebSocket"/> speaking to the simulator frame by frame, with bounded waits.</summary>
internal sealed class RawSocket : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket = new();

    public static async Task<RawSocket> ConnectAsync(BitgetSimulator sim, string path)
    {
        var raw = new RawSocket();
        await raw._socket.ConnectAsync(new Uri(sim.StreamAddress, path), CancellationToken.None).WaitAsync(Bound);
        return raw;
    }

    public WebSocketState State => _socket.State;

    public Task SendAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendAsync(object op) => SendAsync(JsonSerializer.Serialize(op));

    /// <summary>The next text frame, or null when the server closed the connection.</summary>
    public async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var count = 0;
        try
        {
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None).AsTask().WaitAsync(Bound);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                count += result.Count;
            }
            while (!result.EndOfMessage);
        }
        catch (WebSocketException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(buffer, 0, count);
    }

    public async Task<JsonElement> ReceiveJsonAsync() => JsonDocument.Parse(await ReceiveAsync() ?? throw new InvalidOperationException("closed")).RootElement;

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        await Task.CompletedTask;
    }
}
