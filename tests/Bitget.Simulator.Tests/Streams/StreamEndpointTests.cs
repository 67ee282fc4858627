using System.Globalization;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Streams;

/// <summary>The simulator's WebSocket endpoints frame by frame: keep-alive, login checks, subscriptions, pushes, limits.</summary>
public sealed class StreamEndpointTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await SimulatorHarness.StartAsync(rateLimits: true);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private object Login(string apiKey = "sim-key", string secret = "sim-secret", string passphrase = "sim-passphrase", TimeSpan? skew = null)
    {
        var timestamp = (_h.Time.GetUtcNow() + (skew ?? TimeSpan.Zero)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var sign = Signature.Compute(secret, Signature.Prehash(timestamp, "GET", "/user/verify", "", ""));
        return new { op = "login", args = new[] { new { apiKey, passphrase, timestamp, sign } } };
    }

    [Fact]
    public async Task Ping_AnsweredWithPong()
    {
        await using var socket = await RawSocket.ConnectAsync(_h.Sim, "/v2/ws/public");

        await socket.SendAsync("ping");

        Assert.Equal("pong", await socket.ReceiveAsync());
    }

    [Theory]
    [InlineData("sim-key", "wrong-secret", "sim-passphrase", 0, 30015)]
    [InlineData("sim-key", "sim-secret", "wrong", 0, 30012)]
    [InlineData("nobody", "sim-secret", "sim-passphrase", 0, 30011)]
    [InlineData("sim-key", "sim-secret", "sim-passphrase", -60, 30014)]
    [InlineData("uta-key", "uta-secret", "uta-pass", 0, 30005)]
    public async Task Login_BadKeySignatureTimeOrAccountKind_RefusedWithBitgetsCodeAndClosed(string key, string secret, string passphrase, int skewSeconds, int code)
    {
        await using var socket = await RawSocket.ConnectAsync(_h.Sim, "/v2/ws/private");

        await socket.SendAsync(Login(key, secret, passphrase, TimeSpan.FromSeconds(skewSeconds)));
        var reply = await socket.ReceiveJsonAsync();

        Assert.Equal(("error", code), (reply.GetProperty("event").GetString(), reply.GetProperty("code").GetInt32()));
        Assert.Null(await socket.ReceiveAsync());
    }

    [Fact]
    public async Task PrivateChannel_BeforeLogin_Refused30004()
    {
        await using var socket = await RawSocket.ConnectAsync(_h.Sim, "/v2/ws/private");

        await socket.SendAsync(new { op = "subscribe", args = new[] { new { instType = "USDT-FUTURES", channel = "orders", instId = "default" } } });

        Assert.Equal(30004, (await socket.ReceiveJsonAsync()).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task UnknownChannel_Refused30001WithTheArg()
    {
        await using var socket = await RawSocket.ConnectAsync(_h.Sim, "/v3/ws/public");

        await socket.SendAsync(new { op = "subscribe", args = new[] { new { instType = "usdt-futures", topic = "nonsense", symbol = "BTCUSDT" } } });
        var reply = await socket.ReceiveJsonAsync();

        Assert.Equal((30001, "nonsense"), (reply.GetProperty("code").GetInt32(), reply.GetProperty("arg").GetProperty("topic").GetString()));
    }

    [Fact]
    public async Task LoggedIn_OrderPlaced_AckThenPushInV2Words()
    {
        await using var socket = await RawSocket.ConnectAsync(_h.Sim, "/v2/ws/private");
        await socket.SendAsync(Login());
        Assert.Equal(0, (await socket.ReceiveJsonAsync()).GetProperty("code").GetInt32());
        await socket.SendAsync(new { op = "subscribe", args = new[] { new { instType = "USDT-FUTURES", channel = "orders", instId = "default" } } });
        Assert.Equal("subscribe", (await socket.ReceiveJsonAsync()).GetProperty("event").GetString());

        var order = _h.Sim.Exchange.PlaceOrder("sim-key", new OrderRequest("BTCUSDT", OrderSide.Buy, OrderAction.Net, null, OrderKind.Market, 0.01m, null, "cid-1"));
        var push = await socket.ReceiveJsonAsync();

        var row = push.GetProperty("data")[0];
        Assert.Equal(("orders", order.OrderId, "BTCUSDT", "filled", "0.01"), (push.GetProperty("arg").GetProperty("channel").GetString(), row.GetProperty("orderId").GetString(),
            row.GetProperty("instId").GetString(), row.GetProperty("status").GetString(), row.GetProperty("accBaseVolume").GetString()));
        Assert.Contains(_h.Sim.Streams.Record("sim-key"), r => r.Item == order.OrderId && r.State == "Filled");
    }

    [Fact]
    public async Task PublicTicker_PriceStep_PushedOnlyWhenThePriceMoves()
    {
        await using var socket = await RawSocket.ConnectAsync(_h.Sim, "/v3/ws/public");
        await socket.SendAsync(new { op = "subscribe", args = new[] { new { instType = "usdt-futures", topic = "ticker", symbol = "BTCUSDT" } } });
        await socket.ReceiveJsonAsync();
        await socket.ReceiveJsonAsync();

        _h.Sim.Prices.Set("BTCUSDT", 61_234.5m);
        var push = await socket.ReceiveJsonAsync();

        Assert.Equal("61234.5", push.GetProperty("data")[0].GetProperty("lastPrice").GetString());
        Assert.False(push.GetProperty("data")[0].TryGetProperty("symbol", out _));
    }

    [Fact]
    public async Task MoreThanTenMessagesASecond_ConnectionClosedWith30007()
    {
        await using var socket = await RawSocket.ConnectAsync(_h.Sim, "/v2/ws/public");

        for (var i = 0; i < 11; i++)
        {
            await socket.SendAsync("ping");
        }

        var frames = new List<string>();
        while (await socket.ReceiveAsync() is { } frame)
        {
            frames.Add(frame);
        }

        Assert.Equal(10, frames.Count(f => f == "pong"));
        Assert.Contains(frames, f => f.Contains("30007", StringComparison.Ordinal));
    }
}
