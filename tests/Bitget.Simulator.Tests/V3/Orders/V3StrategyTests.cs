using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.V3.Orders;

/// <summary>v3 TP/SL strategy orders: one full TP/SL per symbol and position side (25594), and moving one in place.</summary>
public sealed class V3StrategyTests
{
    private const string PlaceStrategy = "/api/v3/trade/place-strategy-order";
    private const string ModifyStrategy = "/api/v3/trade/modify-strategy-order";

    [Fact]
    public async Task SecondFullStopLoss_OnTheSameSide_IsRefusedWith25594_AndTheFirstStays()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        (await uta.PostAsync(PlaceStrategy, StopLoss("long", "57000", "first"))).EnsureOk();

        var second = await uta.PostAsync(PlaceStrategy, StopLoss("long", "58000", "second"));

        Assert.Equal("25594", second.Code);
        var live = Assert.Single(h.Sim.Exchange.PlanOrders("uta-key"), p => p.Status == PlanStatus.Live);
        Assert.Equal(("first", 57_000m), (live.ClientOid, live.TriggerPrice));
    }

    [Fact]
    public async Task FullStopLoss_OnTheOtherSideOfAHedgedSymbol_IsAccepted_AndAPartialBesideAFullToo()
    {
        await using var h = await StartAsync(PositionMode.Hedge);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Short, 0.4m, 60_000m, apiKey: "uta-key");
        (await uta.PostAsync(PlaceStrategy, StopLoss("long", "57000", "long-full"))).EnsureOk();

        (await uta.PostAsync(PlaceStrategy, StopLoss("short", "63000", "short-full"))).EnsureOk();
        (await uta.PostAsync(PlaceStrategy, V2Bodies.Json(new { category = "USDT-FUTURES", symbol = "BTCUSDT", posSide = "long", tpslMode = "partial", qty = "0.1", stopLoss = "58000", clientOid = "long-part" }))).EnsureOk();

        Assert.Equal(3, h.Sim.Exchange.PlanOrders("uta-key").Count(p => p.Status == PlanStatus.Live));
    }

    [Fact]
    public async Task ModifyStrategyOrder_MovesTheStopInPlace_SameIdsNewTrigger_AndItFiresThere()
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        var placed = (await uta.PostAsync(PlaceStrategy, StopLoss("long", "57000", "move-me"))).EnsureOk().Data;

        var moved = (await uta.PostAsync(ModifyStrategy, V2Bodies.Json(new { orderId = S(placed, "orderId"), qty = "0.5", stopLoss = "59000", slTriggerBy = "mark" }))).EnsureOk().Data;
        var listed = Assert.Single((await uta.GetAsync("/api/v3/trade/unfilled-strategy-orders", "category=USDT-FUTURES")).EnsureOk().Data.EnumerateArray());
        h.Sim.Prices.Set("BTCUSDT", 58_900m);

        Assert.Equal((S(placed, "orderId"), "move-me"), (S(moved, "orderId"), S(moved, "clientOid")));
        Assert.Equal((S(placed, "orderId"), "59000", "mark"), (S(listed, "orderId"), S(listed, "stopLoss"), S(listed, "slTriggerBy")));
        Assert.Empty(h.Sim.Exchange.Positions("uta-key"));
    }

    [Theory]
    [InlineData("""{"orderId":"no-such-order","stopLoss":"59000"}""", "25204")]
    [InlineData("""{"clientOid":"move-me","stopLoss":"61000"}""", "25580")]
    [InlineData("""{"clientOid":"move-me","takeProfit":"70000"}""", "40020")]
    [InlineData("""{"clientOid":"move-me"}""", "40019")]
    public async Task ModifyStrategyOrder_BadChange_IsRefused_AndTheStopStaysWhereItWas(string body, string code)
    {
        await using var h = await StartAsync(PositionMode.OneWay);
        using var uta = h.ClientFor(1);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, apiKey: "uta-key");
        (await uta.PostAsync(PlaceStrategy, StopLoss("long", "57000", "move-me"))).EnsureOk();

        var reply = await uta.PostAsync(ModifyStrategy, body);

        Assert.Equal(code, reply.Code);
        Assert.Equal(57_000m, Assert.Single(h.Sim.Exchange.PlanOrders("uta-key")).TriggerPrice);
    }

    private static string StopLoss(string posSide, string trigger, string clientOid) =>
        V2Bodies.Json(new { category = "USDT-FUTURES", symbol = "BTCUSDT", posSide, stopLoss = trigger, slTriggerBy = "mark", clientOid });

    private static Task<SimulatorHarness> StartAsync(PositionMode mode) =>
        SimulatorHarness.StartAsync(mode, configure: o => o.Accounts[1].PositionMode = mode);

    private static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();
}
