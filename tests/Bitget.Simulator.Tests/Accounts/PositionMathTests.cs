using System.Globalization;
using System.Text.Json;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Accounts;

public sealed class PositionMathTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatorHarness.StartAsync(balance: 10_000m);
        _h.Sim.Prices.Set("BTCUSDT", 60_000m);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task MarketBuy_OpensLongAtTheLastPrice_WithNotionalOverLeverageAsMargin()
    {
        await PlaceAsync("buy", "0.1");

        var position = await SinglePositionAsync();

        Assert.Equal("long", position.GetProperty("holdSide").GetString());
        Assert.Equal("0.1", position.GetProperty("total").GetString());
        Assert.Equal("60000", position.GetProperty("openPriceAvg").GetString());
        Assert.Equal("600", position.GetProperty("marginSize").GetString());
        Assert.Equal("one_way_mode", position.GetProperty("posMode").GetString());
    }

    [Fact]
    public async Task AddingToAPosition_AveragesTheEntryPriceByWeight()
    {
        await PlaceAsync("buy", "0.1");
        _h.Sim.Prices.Set("BTCUSDT", 63_000m);
        await PlaceAsync("buy", "0.2");

        var position = await SinglePositionAsync();

        Assert.Equal("0.3", position.GetProperty("total").GetString());
        Assert.Equal("62000", position.GetProperty("openPriceAvg").GetString());
    }

    [Fact]
    public async Task UnrealizedPnl_FollowsTheMarkPrice()
    {
        await PlaceAsync("buy", "0.1");

        _h.Sim.Prices.Set("BTCUSDT", 61_000m, markPrice: 60_500m);
        var position = await SinglePositionAsync();

        Assert.Equal("60500", position.GetProperty("markPrice").GetString());
        Assert.Equal("50", position.GetProperty("unrealizedPL").GetString());
    }

    [Fact]
    public async Task Reducing_RealizesPnlIntoTheWallet_AndKeepsTheEntryPrice()
    {
        await PlaceAsync("buy", "0.2");
        _h.Sim.Prices.Set("BTCUSDT", 61_000m);

        await PlaceAsync("sell", "0.1", reduceOnly: "YES");
        var position = await SinglePositionAsync();
        var account = _h.Sim.Exchange.Account(_h.Sim.ApiKey);

        Assert.Equal("0.1", position.GetProperty("total").GetString());
        Assert.Equal("60000", position.GetProperty("openPriceAvg").GetString());
        Assert.Equal("100", position.GetProperty("achievedProfits").GetString());
        var fees = 0.2m * 60_000m * 0.0006m + 0.1m * 61_000m * 0.0006m;
        Assert.Equal(10_000m + 100m - fees, account.Wallet);
    }

    [Fact]
    public async Task Closing_RemovesThePosition()
    {
        await PlaceAsync("buy", "0.1");

        await PlaceAsync("sell", "0.1", reduceOnly: "YES");
        var reply = await _h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal(0, reply.EnsureOk().Data.GetArrayLength());
    }

    [Fact]
    public async Task Account_ReportsEquityAndAvailable()
    {
        await PlaceAsync("buy", "0.1");
        _h.Sim.Prices.Set("BTCUSDT", 59_000m);

        var account = (await _h.Client.GetAsync(V2Bodies.Account, "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT")).EnsureOk().Data;

        var wallet = 10_000m - 0.1m * 60_000m * 0.0006m;
        Assert.Equal(wallet - 100m, Dec(account, "accountEquity"));
        Assert.Equal(wallet - 100m - 600m, Dec(account, "available"));
        Assert.Equal(-100m, Dec(account, "unrealizedPL"));
        Assert.Equal(JsonValueKind.Number, account.GetProperty("crossedMarginLeverage").ValueKind);
    }

    [Fact]
    public async Task IsolatedLiquidationEstimate_IsWhereMarginMinusLossMeetsMaintenance()
    {
        _h.Sim.Exchange.SeedPosition(_h.Sim.ApiKey, "BTCUSDT", Bitget.Simulator.Accounts.PositionSide.Long, 1m, 60_000m, 10m, Bitget.Simulator.Accounts.MarginMode.Isolated);

        var position = await SinglePositionAsync();

        var expected = Math.Round((60_000m - 6_000m) / (1m - 0.004m), 1);
        Assert.Equal(expected, Dec(position, "liquidationPrice"));
    }

    [Fact]
    public async Task CrossedLiquidationEstimate_UsesTheFreeBalanceToo()
    {
        _h.Sim.SeedPosition("BTCUSDT", Bitget.Simulator.Accounts.PositionSide.Short, 1m, 60_000m, 10m);

        var position = await SinglePositionAsync();

        var expected = Math.Round((10_000m + 60_000m) / (1m + 0.004m), 1);
        Assert.Equal(expected, Dec(position, "liquidationPrice"));
    }

    [Fact]
    public async Task MarkPriceCrossingTheLiquidationPrice_LiquidatesThePosition()
    {
        _h.Sim.Exchange.SeedPosition(_h.Sim.ApiKey, "BTCUSDT", Bitget.Simulator.Accounts.PositionSide.Long, 1m, 60_000m, 10m, Bitget.Simulator.Accounts.MarginMode.Isolated);

        _h.Sim.Prices.Set("BTCUSDT", 54_000m);

        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
        Assert.Equal("SYS", Assert.Single(_h.Sim.Exchange.Orders()).Source);
    }

    [Fact]
    public async Task ClosedPosition_AppearsInHistoryWithItsAveragesAndPnl()
    {
        await PlaceAsync("buy", "0.1");
        _h.Sim.Prices.Set("BTCUSDT", 61_000m);
        await PlaceAsync("sell", "0.05", reduceOnly: "YES");
        _h.Sim.Prices.Set("BTCUSDT", 62_000m);
        await PlaceAsync("sell", "0.05", reduceOnly: "YES");

        var list = (await _h.Client.GetAsync("/api/v2/mix/position/history-position", "productType=USDT-FUTURES")).EnsureOk().Data.GetProperty("list");

        var closed = Assert.Single(list.EnumerateArray());
        Assert.Equal(("long", "60000", "61500", "0.1", "0.1", "150"), (closed.GetProperty("holdSide").GetString(), closed.GetProperty("openAvgPrice").GetString(),
            closed.GetProperty("closeAvgPrice").GetString(), closed.GetProperty("openTotalPos").GetString(), closed.GetProperty("closeTotalPos").GetString(),
            closed.GetProperty("pnl").GetString()));
        var fees = (6_000m + 3_050m + 3_100m) * 0.0006m;
        Assert.Equal(150m - fees, Dec(closed, "netProfit"));
        JsonShape.AssertSame(JsonDocument.Parse(File.ReadAllText(Sentinel.TestSupport.RepositoryRoot.SharedFixtures("bitget", "v2", "rest", "mix-position-history-position-doc.json")))
            .RootElement.GetProperty("data"), (await _h.Client.GetAsync("/api/v2/mix/position/history-position", "productType=USDT-FUTURES")).Data, "history-position");
    }

    private static decimal Dec(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private async Task PlaceAsync(string side, string size, string? reduceOnly = null) =>
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order(side, size, reduceOnly: reduceOnly))).EnsureOk();

    private async Task<JsonElement> SinglePositionAsync()
    {
        var reply = await _h.Client.GetAsync("/api/v2/mix/position/single-position", "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT");
        return Assert.Single(reply.EnsureOk().Data.EnumerateArray());
    }
}
