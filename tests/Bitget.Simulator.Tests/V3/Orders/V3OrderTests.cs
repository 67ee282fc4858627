using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.V3.Orders;

public sealed class V3OrderTests
{
    private const string Place = "/api/v3/trade/place-order";

    [Fact]
    public async Task Hedge_CloseLongIsSellWithPosSideLong()
    {
        await using var h = await StartAsync(PositionMode.Hedge);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");

        (await uta.PostAsync(Place, Order("sell", "0.2", posSide: "long", clientOid: "v3-close"))).EnsureOk();

        Assert.Equal(0.3m, Assert.Single(h.Sim.Exchange.Positions("uta-key")).Size);
        var info = (await uta.GetAsync("/api/v3/trade/order-info", "clientOid=v3-close")).EnsureOk().Data;
        Assert.Equal(("sell", "long", "YES", "filled"), (S(info, "side"), S(info, "posSide"), S(info, "reduceOnly"), S(info, "orderStatus")));
    }

    [Fact]
    public async Task Hedge_V2StyleBuyOnALong_OpensMoreInsteadOfClosing()
    {
        await using var h = await StartAsync(PositionMode.Hedge);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");

        (await uta.PostAsync(Place, Order("buy", "0.2", posSide: "long"))).EnsureOk();

        Assert.Equal(0.7m, Assert.Single(h.Sim.Exchange.Positions("uta-key")).Size);
    }

    [Fact]
    public async Task Hedge_WithoutPosSide_Is25236()
    {
        await using var h = await StartAsync(PositionMode.Hedge);
        using var uta = h.ClientFor(1);

        var reply = await uta.PostAsync(Place, Order("buy", "0.01"));

        Assert.Equal("25236", reply.Code);
    }

    [Fact]
    public async Task OneWay_ReduceOnlyWithoutPosition_Is25227()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);

        var reply = await uta.PostAsync(Place, Order("sell", "0.01", reduceOnly: "yes"));

        Assert.Equal("25227", reply.Code);
    }

    [Fact]
    public async Task DuplicateClientOidOfAPendingOrder_Is25212()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        (await uta.PostAsync(Place, Order("buy", "0.01", type: "limit", price: "50000", clientOid: "same"))).EnsureOk();

        var reply = await uta.PostAsync(Place, Order("buy", "0.01", clientOid: "same"));

        Assert.Equal(("25212", "Duplicate clientOid"), (reply.Code, reply.Msg));
        Assert.Single(h.Sim.OrdersWithClientOid("same"));
    }

    [Fact]
    public async Task ClientOidOfAFilledOrder_IsAcceptedAgain_SoABlindRetryDoublesTheOrder()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        (await uta.PostAsync(Place, Order("buy", "0.01", clientOid: "again"))).EnsureOk();

        (await uta.PostAsync(Place, Order("buy", "0.01", clientOid: "again"))).EnsureOk();

        Assert.Equal(2, h.Sim.OrdersWithClientOid("again").Count);
        Assert.Equal(0.02m, Assert.Single(h.Sim.Exchange.Positions("uta-key")).Size);
    }

    [Fact]
    public async Task ClientOidsCanBeMadeUniqueForever()
    {
        await using var h = await SimulatorHarness.StartAsync(configure: o => o.V3ClientOidUniqueWhilePendingOnly = false);
        using var uta = h.ClientFor(1);
        (await uta.PostAsync(Place, Order("buy", "0.01", clientOid: "once"))).EnsureOk();

        var reply = await uta.PostAsync(Place, Order("buy", "0.01", clientOid: "once"));

        Assert.Equal("25212", reply.Code);
    }

    [Theory]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("has#hash")]
    public async Task ClientOidOutsideTheV3Pattern_IsRefused(string clientOid)
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);

        var reply = await uta.PostAsync(Place, Order("buy", "0.01", clientOid: clientOid));

        Assert.Equal("25200", reply.Code);
        Assert.Empty(h.Sim.Exchange.Orders());
    }

    [Fact]
    public async Task PositionOpenedViaV3_ShowsInCurrentPosition_AndEmptyIsNull()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        var empty = (await uta.GetAsync("/api/v3/position/current-position", "category=USDT-FUTURES")).EnsureOk().Data;

        (await uta.PostAsync(Place, Order("sell", "0.01"))).EnsureOk();
        var list = (await uta.GetAsync("/api/v3/position/current-position", "category=USDT-FUTURES")).EnsureOk().Data.GetProperty("list");

        Assert.Equal(JsonValueKind.Null, empty.GetProperty("list").ValueKind);
        var position = Assert.Single(list.EnumerateArray());
        Assert.Equal(("short", "0.01", "one_way_mode"), (S(position, "posSide"), S(position, "total"), S(position, "holdMode")));
    }

    [Fact]
    public async Task RestingOrders_ListAndCancelBySymbol()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        (await uta.PostAsync(Place, Order("buy", "0.01", type: "limit", price: "50000", clientOid: "r1"))).EnsureOk();

        var unfilled = (await uta.GetAsync("/api/v3/trade/unfilled-orders", "category=USDT-FUTURES")).EnsureOk().Data.GetProperty("list");
        var cancelled = (await uta.PostAsync("/api/v3/trade/cancel-symbol-order", V2Bodies.Json(new { category = "USDT-FUTURES", symbol = "BTCUSDT" }))).EnsureOk().Data;
        var after = (await uta.GetAsync("/api/v3/trade/unfilled-orders", "category=USDT-FUTURES")).EnsureOk().Data.GetProperty("list");

        Assert.Equal("r1", S(Assert.Single(unfilled.EnumerateArray()), "clientOid"));
        Assert.Equal("r1", S(cancelled.GetProperty("list")[0], "clientOid"));
        Assert.Equal(0, after.GetArrayLength());
    }

    [Fact]
    public async Task CancelOrder_ByClientOid_WithoutSymbol()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        (await uta.PostAsync(Place, Order("buy", "0.01", type: "limit", price: "50000", clientOid: "c3"))).EnsureOk();

        var reply = await uta.PostAsync("/api/v3/trade/cancel-order", V2Bodies.Json(new { clientOid = "c3" }));
        var again = await uta.PostAsync("/api/v3/trade/cancel-order", V2Bodies.Json(new { clientOid = "c3" }));

        Assert.Equal("c3", S(reply.EnsureOk().Data, "clientOid"));
        Assert.Equal("25204", again.Code);
        var info = (await uta.GetAsync("/api/v3/trade/order-info", "clientOid=c3")).EnsureOk().Data;
        Assert.Equal("cancelled", S(info, "orderStatus"));
    }

    [Fact]
    public async Task Fills_ShowTheExecution()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        var placed = (await uta.PostAsync(Place, Order("buy", "0.01"))).EnsureOk().Data;

        var list = (await uta.GetAsync("/api/v3/trade/fills", "category=USDT-FUTURES")).EnsureOk().Data.GetProperty("list");

        var fill = Assert.Single(list.EnumerateArray());
        Assert.Equal((S(placed, "orderId"), "0.01", "60000", "open"), (S(fill, "orderId"), S(fill, "execQty"), S(fill, "execPrice"), S(fill, "tradeSide")));
    }

    [Fact]
    public async Task ClosePositions_ClosesEveryPositionOfTheSymbol()
    {
        await using var h = await StartAsync(PositionMode.Hedge);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Short, 0.5m, 60_000m, apiKey: "uta-key");

        var list = (await uta.PostAsync("/api/v3/trade/close-positions", V2Bodies.Json(new { category = "USDT-FUTURES", symbol = "BTCUSDT" }))).EnsureOk().Data.GetProperty("list");

        Assert.Equal(2, list.GetArrayLength());
        Assert.Empty(h.Sim.Exchange.Positions("uta-key"));
    }

    [Fact]
    public async Task Batch_ReportsACodePerItem()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        var body = "[" + Order("buy", "0.01", clientOid: "b1") + "," + Order("buy", "0.00001", clientOid: "b2") + "]";

        var items = (await uta.PostAsync("/api/v3/trade/place-batch", body)).EnsureOk().Data;

        Assert.Equal(("00000", "25610"), (S(items[0], "code"), S(items[1], "code")));
    }

    [Fact]
    public async Task Batch_IgnoresReduceOnly_SoAOneWayCloseBiggerThanThePositionFlipsIt()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.01m, 60_000m, apiKey: "uta-key");

        (await uta.PostAsync("/api/v3/trade/place-batch", "[" + Order("sell", "0.03", reduceOnly: "yes", clientOid: "batch-close") + "]")).EnsureOk();

        var position = Assert.Single(h.Sim.Exchange.Positions("uta-key"));
        Assert.Equal((PositionSide.Short, 0.02m), (position.Side, position.Size));
    }

    [Fact]
    public async Task AccountAssets_MarginFiguresComputedFromThePositions()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        var seeded = h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        h.Sim.Prices.Set("BTCUSDT", 58_000m);

        var assets = (await uta.GetAsync("/api/v3/account/assets", "")).EnsureOk().Data;

        var (mmr, equity) = (0.5m * 58_000m * 0.004m, 10_000m - 1_000m);
        Assert.Equal((116m, 9_000m), (D(assets, "mmr"), D(assets, "effEquity")));
        Assert.Equal(Math.Round(mmr / equity, 8), D(assets, "mgnRatio"));
        Assert.Equal(Math.Round(seeded.Margin / equity, 8), D(assets, "positionMgnRatio"));
    }

    [Fact]
    public async Task AccountAssets_WithoutPositions_MarginFiguresAreZero()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);

        var assets = (await uta.GetAsync("/api/v3/account/assets", "")).EnsureOk().Data;

        Assert.Equal(("0", "0", "0"), (S(assets, "mmr"), S(assets, "mgnRatio"), S(assets, "positionMgnRatio")));
    }

    [Fact]
    public async Task StrategyStopLoss_ListsFiresAndCancels()
    {
        await using var h = await StartAsync(PositionMode.Hedge);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        var body = V2Bodies.Json(new { category = "USDT-FUTURES", symbol = "BTCUSDT", posSide = "long", stopLoss = "58000", slTriggerBy = "mark", clientOid = "sl-v3" });

        var placed = (await uta.PostAsync("/api/v3/trade/place-strategy-order", body)).EnsureOk().Data;
        var listed = (await uta.GetAsync("/api/v3/trade/unfilled-strategy-orders", "category=USDT-FUTURES")).EnsureOk().Data;
        h.Sim.Prices.Set("BTCUSDT", 57_000m);

        Assert.Equal("sl-v3", S(placed, "clientOid"));
        Assert.Equal("58000", S(Assert.Single(listed.EnumerateArray()), "stopLoss"));
        Assert.Empty(h.Sim.Exchange.Positions("uta-key"));
    }

    [Fact]
    public async Task CancelStrategyOrder_AnswersNullData()
    {
        await using var h = await StartAsync(PositionMode.Hedge);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        var placed = (await uta.PostAsync("/api/v3/trade/place-strategy-order", V2Bodies.Json(new { category = "USDT-FUTURES", symbol = "BTCUSDT", posSide = "long", takeProfit = "70000" }))).EnsureOk().Data;

        var reply = await uta.PostAsync("/api/v3/trade/cancel-strategy-order", V2Bodies.Json(new { orderId = S(placed, "orderId") }));
        h.Sim.Prices.Set("BTCUSDT", 71_000m);

        Assert.Equal(JsonValueKind.Null, reply.EnsureOk().Data.ValueKind);
        Assert.Single(h.Sim.Exchange.Positions("uta-key"));
    }

    private static decimal D(JsonElement element, string name) =>
        decimal.Parse(S(element, name) ?? throw new InvalidOperationException(name + " missing"), System.Globalization.CultureInfo.InvariantCulture);

    private static Task<SimulatorHarness> StartAsync(PositionMode mode) =>
        SimulatorHarness.StartAsync(mode, configure: o => o.Accounts[1].PositionMode = mode);

    private static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();

    private static string Order(string side, string qty, string type = "market", string? price = null, string? posSide = null, string? reduceOnly = null, string? clientOid = null)
    {
        var body = new Dictionary<string, string> { ["category"] = "USDT-FUTURES", ["symbol"] = "BTCUSDT", ["qty"] = qty, ["side"] = side, ["orderType"] = type };
        foreach (var (k, v) in new[] { ("price", price), ("posSide", posSide), ("reduceOnly", reduceOnly), ("clientOid", clientOid) })
        {
            if (v is not null)
            {
                body[k] = v;
            }
        }

        return JsonSerializer.Serialize(body);
    }
}
