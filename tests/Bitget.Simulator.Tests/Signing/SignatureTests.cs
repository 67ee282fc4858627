using System.Net;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Signing;

public sealed class SignatureTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await SimulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData("16273667805456GET/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT", "30l+qfOwyfwL90Ss/Wz2h2be1+vlW/DKH5rcFIsocEI=")]
    [InlineData("1695806875837GET/api/v2/public/time", "7UlGn4NDj8cvVq+d2JU9yIXh4T9d74tzxXrVHUq3JwY=")]
    public void Compute_MatchesTheFactSheetVectors(string prehash, string expected)
    {
        Assert.Equal(expected, Signature.Compute("22582BD0CFF14C41EDBF1AB98506286D", prehash));
    }

    [Fact]
    public async Task CorrectlySignedRequest_IsAnswered()
    {
        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        reply.EnsureOk();
    }

    [Fact]
    public async Task WrongSecret_Is40009()
    {
        _h.Client.Secret = "not-the-secret";

        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal((HttpStatusCode.BadRequest, "40009", "sign signature error"), (reply.Status, reply.Code, reply.Msg));
    }

    [Fact]
    public async Task TamperedBody_Is40009()
    {
        using var request = _h.Client.Build(HttpMethod.Post, V2Bodies.PlaceOrder, "", V2Bodies.Order("buy", "0.01"));
        request.Content = new StringContent(V2Bodies.Order("buy", "0.02"), System.Text.Encoding.UTF8, "application/json");
        using var http = new HttpClient { BaseAddress = _h.Sim.BaseAddress };

        using var response = await http.SendAsync(request);

        Assert.Contains("\"40009\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_h.Sim.Exchange.Orders());
    }

    [Fact]
    public async Task UnknownKey_Is40037()
    {
        _h.Client.ApiKey = "nobody";

        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal(("40037", "Apikey does not exist"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task WrongPassphrase_Is40012()
    {
        _h.Client.Passphrase = "guess";

        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal("40012", reply.Code);
    }

    [Theory]
    [InlineData(31, "40008")]
    [InlineData(-31, "40008")]
    [InlineData(29, "00000")]
    public async Task TimestampOutside30Seconds_Is40008(int skewSeconds, string code)
    {
        _h.Client.ClockSkew = TimeSpan.FromSeconds(skewSeconds);

        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal(code, reply.Code);
    }

    [Fact]
    public async Task DemoHeaderWithLiveKey_Is40099()
    {
        _h.Client.Demo = true;

        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal(("40099", "exchange environment is incorrect"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task DemoKey_NeedsThePaptradingHeader()
    {
        await using var h = await SimulatorHarness.StartAsync(configure: o => o.Accounts.Add(
            new Bitget.Simulator.Accounts.SimulatedAccountOptions { ApiKey = "demo", Secret = "d", Passphrase = "p", Demo = true }));
        using var demo = h.ClientFor(2);

        var withoutHeader = await demo.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");
        demo.Demo = true;
        var withHeader = await demo.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal("40099", withoutHeader.Code);
        withHeader.EnsureOk();
    }

    [Fact]
    public async Task MissingKeyHeader_Is40001()
    {
        using var http = new HttpClient { BaseAddress = _h.Sim.BaseAddress };

        using var response = await http.GetAsync(new Uri(V2Bodies.AllPositions + "?productType=USDT-FUTURES", UriKind.Relative));

        Assert.Contains("\"40001\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryIsVerifiedInItsDecodedForm()
    {
        var reply = await _h.Client.GetAsync("/api/v2/mix/order/orders-pending", "productType=USDT-FUTURES&clientOid=a#b c");

        reply.EnsureOk();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Data.GetProperty("entrustedList").ValueKind);
    }

    [Fact]
    public async Task ErrorBody_HasBitgetsEnvelope()
    {
        _h.Client.Secret = "wrong";

        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal(["code", "msg", "requestTime", "data"], reply.Json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Data.ValueKind);
        Assert.Equal(_h.Time.GetUtcNow().ToUnixTimeMilliseconds(), reply.Json.GetProperty("requestTime").GetInt64());
    }
}
