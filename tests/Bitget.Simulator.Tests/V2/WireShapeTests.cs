using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Tests.Support;
using Sentinel.TestSupport;

namespace Bitget.Simulator.Tests.V2;

/// <summary>The simulator's JSON carries the fields of Bitget's own samples, with numbers as strings where Bitget sends strings.</summary>
public sealed class WireShapeTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        _h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.1", tradeSide: "close", clientOid: "shape-1"))).EnsureOk();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData("mix-market-ticker-doc.json", "/api/v2/mix/market/ticker", "symbol=BTCUSDT&productType=USDT-FUTURES")]
    [InlineData("mix-market-tickers-doc.json", "/api/v2/mix/market/tickers", "productType=USDT-FUTURES")]
    [InlineData("mix-market-contracts-doc.json", "/api/v2/mix/market/contracts", "productType=USDT-FUTURES")]
    [InlineData("mix-market-current-fund-rate-doc.json", "/api/v2/mix/market/current-fund-rate", "productType=USDT-FUTURES&symbol=BTCUSDT")]
    [InlineData("mix-market-symbol-price.json", "/api/v2/mix/market/symbol-price", "productType=USDT-FUTURES&symbol=BTCUSDT")]
    [InlineData("mix-market-open-interest.json", "/api/v2/mix/market/open-interest", "productType=USDT-FUTURES&symbol=BTCUSDT")]
    [InlineData("mix-market-merge-depth.json", "/api/v2/mix/market/merge-depth", "productType=USDT-FUTURES&symbol=BTCUSDT")]
    [InlineData("mix-market-fills.json", "/api/v2/mix/market/fills", "productType=USDT-FUTURES&symbol=BTCUSDT")]
    [InlineData("spot-market-tickers.json", "/api/v2/spot/market/tickers", "")]
    [InlineData("public-time.json", "/api/v2/public/time", "")]
    [InlineData("mix-market-funding-time-doc.json", "/api/v2/mix/market/funding-time", "productType=USDT-FUTURES&symbol=BTCUSDT")]
    public async Task PublicAnswers_HaveTheSampleFields(string fixture, string path, string query)
    {
        var reply = (await _h.Client.PublicGetAsync(path, query)).EnsureOk();

        JsonShape.AssertSame(Fixture(fixture).GetProperty("data"), reply.Data, fixture);
    }

    [Theory]
    [InlineData("mix-account-account-real.json", V2Bodies.Account, "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT")]
    [InlineData("mix-position-all-position-real.json", V2Bodies.AllPositions, "productType=USDT-FUTURES")]
    [InlineData("mix-order-detail-close-real.json", "/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&clientOid=shape-1")]
    [InlineData("mix-order-fills-real.json", "/api/v2/mix/order/fills", "productType=USDT-FUTURES")]
    [InlineData("mix-order-orders-history-real.json", "/api/v2/mix/order/orders-history", "productType=USDT-FUTURES")]
    public async Task PrivateAnswers_HaveTheSampleFields(string fixture, string path, string query)
    {
        var reply = (await _h.Client.GetAsync(path, query)).EnsureOk();

        JsonShape.AssertSame(Fixture(fixture).GetProperty("data"), reply.Data, fixture);
    }

    [Fact]
    public async Task ClosedHedgeOrder_ReadsLikeBitgetsLiveCapture()
    {
        var detail = (await _h.Client.GetAsync("/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&clientOid=shape-1")).EnsureOk().Data;
        var live = Fixture("mix-order-detail-close-real.json").GetProperty("data");

        foreach (var field in new[] { "side", "tradeSide", "posSide", "reduceOnly", "state", "orderType", "posMode", "price" })
        {
            Assert.Equal(live.GetProperty(field).GetString(), detail.GetProperty(field).GetString());
        }
    }

    [Fact]
    public async Task UnknownPath_Is40404()
    {
        var reply = await _h.Client.PublicGetAsync("/api/v2/mix/market/nothing");

        Assert.Equal(("40404", "Request URL NOT FOUND"), (reply.Code, reply.Msg));
    }

    private static JsonElement Fixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryRoot.SharedFixtures("bitget", "v2", "rest", name))).RootElement;
}
