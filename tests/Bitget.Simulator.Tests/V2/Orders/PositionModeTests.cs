using Bitget.Simulator.Accounts;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.V2.Orders;

public sealed class PositionModeTests
{
    [Fact]
    public async Task Hedge_CloseLongIsBuyPlusClose_AndSellsTheLong()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);

        var reply = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.2", tradeSide: "close", clientOid: "c1"));

        reply.EnsureOk();
        Assert.Equal(0.3m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
        var detail = (await h.Client.GetAsync("/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&clientOid=c1")).EnsureOk().Data;
        Assert.Equal(("buy", "close", "long", "YES", "filled"), (Str(detail, "side"), Str(detail, "tradeSide"), Str(detail, "posSide"), Str(detail, "reduceOnly"), Str(detail, "state")));
    }

    [Fact]
    public async Task Hedge_OpenShortIsSellPlusOpen_AndKeepsTheLong()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);

        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.1", tradeSide: "open"))).EnsureOk();

        var sides = h.Sim.Exchange.Positions(h.Sim.ApiKey).Select(p => (p.Side, p.Size)).OrderBy(p => p.Side).ToList();
        Assert.Equal([(PositionSide.Long, 0.5m), (PositionSide.Short, 0.1m)], sides);
    }

    [Fact]
    public async Task Hedge_CloseWithoutPosition_Is22002()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);

        var reply = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.1", tradeSide: "close"));

        Assert.Equal(("22002", "No position to close"), (reply.Code, reply.Msg));
        Assert.Empty(h.Sim.Exchange.Orders());
    }

    [Fact]
    public async Task OneWay_TradeSideIsRefusedWith40774()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.OneWay);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);

        var reply = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.1", tradeSide: "close"));

        Assert.Equal("40774", reply.Code);
        Assert.Equal(0.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Fact]
    public async Task OneWay_ReduceOnlyWithoutPosition_Is22002()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.1", reduceOnly: "YES"));

        Assert.Equal("22002", reply.Code);
    }

    [Fact]
    public async Task OneWay_ReduceOnlyInTheSameDirection_DoesNotAdd()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);

        var reply = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.1", reduceOnly: "YES"));

        Assert.Equal("22002", reply.Code);
        Assert.Equal(0.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Fact]
    public async Task OneWay_ReduceOnlyLargerThanThePosition_ClosesItAndNeverFlips()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);

        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "2", reduceOnly: "YES"))).EnsureOk();

        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        Assert.Equal(0.5m, Assert.Single(h.Sim.Exchange.Orders()).FilledSize);
    }

    [Fact]
    public async Task OneWay_PlainOrderAgainstThePosition_NetsAndFlips()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);

        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.8"))).EnsureOk();

        var position = Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        Assert.Equal((PositionSide.Short, 0.3m), (position.Side, position.Size));
    }

    [Fact]
    public async Task FlashClose_Hedge_ClosesOnlyTheNamedSide()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Short, 0.2m, 60_000m);

        var reply = await h.Client.PostAsync("/api/v2/mix/order/close-positions", V2Bodies.Json(new { productType = "USDT-FUTURES", symbol = "BTCUSDT", holdSide = "long" }));

        Assert.Equal(1, reply.EnsureOk().Data.GetProperty("successList").GetArrayLength());
        Assert.Equal(PositionSide.Short, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Side);
    }

    [Fact]
    public async Task FlashClose_WithoutPositions_Is22002()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.Client.PostAsync("/api/v2/mix/order/close-positions", V2Bodies.Json(new { productType = "USDT-FUTURES", symbol = "BTCUSDT" }));

        Assert.Equal("22002", reply.Code);
    }

    private static string? Str(System.Text.Json.JsonElement e, string name) => e.GetProperty(name).GetString();
}
