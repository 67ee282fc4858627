using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Tests.Support;
using Sentinel.TestSupport;

namespace Bitget.Simulator.Tests.V3;

public sealed class V3WireShapeTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;
    private SignedClient _uta = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatorHarness.StartAsync(PositionMode.Hedge, configure: o => o.Accounts[1].PositionMode = PositionMode.Hedge);
        _uta = _h.ClientFor(1);
        _h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        var body = V2Bodies.Json(new { category = "USDT-FUTURES", symbol = "BTCUSDT", qty = "0.01", side = "buy", orderType = "limit", price = "50000", posSide = "long", clientOid = "shape" });
        (await _uta.PostAsync("/api/v3/trade/place-order", body)).EnsureOk();
    }

    public async Task DisposeAsync()
    {
        _uta.Dispose();
        await _h.DisposeAsync();
    }

    [Theory]
    [InlineData("market-tickers-usdt-futures-doc.json", "/api/v3/market/tickers", "category=USDT-FUTURES")]
    [InlineData("market-instruments-usdt-futures-doc.json", "/api/v3/market/instruments", "category=USDT-FUTURES")]
    [InlineData("market-orderbook-doc.json", "/api/v3/market/orderbook", "category=USDT-FUTURES&symbol=BTCUSDT")]
    [InlineData("market-candles-usdt-futures-real.json", "/api/v3/market/candles", "category=USDT-FUTURES&symbol=BTCUSDT&interval=1m")]
    [InlineData("account-assets-doc.json", "/api/v3/account/assets", "")]
    [InlineData("account-info-doc.json", "/api/v3/account/info", "")]
    [InlineData("position-current-position-hedge-real.json", "/api/v3/position/current-position", "category=USDT-FUTURES")]
    [InlineData("trade-unfilled-orders-real.json", "/api/v3/trade/unfilled-orders", "category=USDT-FUTURES")]
    [InlineData("trade-order-info-doc.json", "/api/v3/trade/order-info", "clientOid=shape")]
    public async Task Answers_HaveTheSampleFields(string fixture, string path, string query)
    {
        var reply = (await _uta.GetAsync(path, query)).EnsureOk();

        var sample = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.SharedFixtures("bitget", "v3", "rest", fixture))).RootElement;
        JsonShape.AssertSame(sample.GetProperty("data"), reply.Data, fixture);
    }
}
