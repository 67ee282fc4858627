using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.V2.Orders;

public sealed class TpslTests
{
    [Fact]
    public async Task PositionStopLoss_FiresWhenTheMarkPriceCrosses_AndClosesThePosition()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);
        var body = V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", holdSide = "long", stopLossTriggerPrice = "58000", stopLossTriggerType = "mark_price", stopLossClientOid = "sl-1" });
        (await h.Client.PostAsync("/api/v2/mix/order/place-pos-tpsl", body)).EnsureOk();

        h.Sim.Prices.Set("BTCUSDT", 58_500m);
        Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        h.Sim.Prices.Set("BTCUSDT", 57_900m);

        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        var plan = Assert.Single(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey));
        Assert.Equal((PlanStatus.Executed, "sl-1"), (plan.Status, plan.ClientOid));
    }

    [Fact]
    public async Task PositionShowsItsStopLoss()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Short, 0.5m, 60_000m);

        var body = V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", holdSide = "short", stopLossTriggerPrice = "63000" });
        var placed = (await h.Client.PostAsync("/api/v2/mix/order/place-pos-tpsl", body)).EnsureOk().Data[0];
        var position = (await h.Client.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES")).EnsureOk().Data[0];

        Assert.Equal("63000", position.GetProperty("stopLoss").GetString());
        Assert.Equal(placed.GetProperty("orderId").GetString(), position.GetProperty("stopLossId").GetString());
    }

    [Fact]
    public async Task ShortStopLossBelowMark_Is45122()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Short, 0.5m, 60_000m);

        var body = V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", planType = "loss_plan", triggerPrice = "59000", holdSide = "short", size = "0.5" });
        var reply = await h.Client.PostAsync("/api/v2/mix/order/place-tpsl-order", body);

        Assert.Equal(("45122", "Short position stop loss price please > mark price 60000"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task OneWay_TpslUsesBuySellHoldSide_AndRefusesLongShort()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.OneWay);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);
        object Body(string holdSide) => new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", planType = "profit_plan", triggerPrice = "65000", holdSide, size = "0.2" };

        var hedgeStyle = await h.Client.PostAsync("/api/v2/mix/order/place-tpsl-order", V2Bodies.Json(Body("long")));
        var oneWayStyle = await h.Client.PostAsync("/api/v2/mix/order/place-tpsl-order", V2Bodies.Json(Body("buy")));

        Assert.Equal("40774", hedgeStyle.Code);
        oneWayStyle.EnsureOk();
        h.Sim.Prices.Set("BTCUSDT", 65_000m);
        Assert.Equal(0.3m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Fact]
    public async Task PendingPlans_ListTheStopLoss_AndCancelPlanRemovesIt()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);
        var body = V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", holdSide = "long", stopLossTriggerPrice = "58000", stopLossClientOid = "sl-x" });
        (await h.Client.PostAsync("/api/v2/mix/order/place-pos-tpsl", body)).EnsureOk();

        var pending = (await h.Client.GetAsync("/api/v2/mix/order/orders-plan-pending", "productType=USDT-FUTURES&planType=profit_loss")).EnsureOk().Data;
        var cancel = V2Bodies.Json(new { productType = "USDT-FUTURES", symbol = "BTCUSDT", marginCoin = "USDT", orderIdList = new[] { new { clientOid = "sl-x" } } });
        (await h.Client.PostAsync("/api/v2/mix/order/cancel-plan-order", cancel)).EnsureOk();
        h.Sim.Prices.Set("BTCUSDT", 57_000m);

        var plan = Assert.Single(pending.GetProperty("entrustedList").EnumerateArray());
        Assert.Equal(("pos_loss", "58000", "sl-x"), (plan.GetProperty("planType").GetString(), plan.GetProperty("stopLossTriggerPrice").GetString(), plan.GetProperty("clientOid").GetString()));
        Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey));
    }

    [Fact]
    public async Task NewWholePositionStopLoss_ReplacesTheOldOne()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m);
        object Body(string price) => new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", holdSide = "long", stopLossTriggerPrice = price };

        (await h.Client.PostAsync("/api/v2/mix/order/place-pos-tpsl", V2Bodies.Json(Body("55000")))).EnsureOk();
        (await h.Client.PostAsync("/api/v2/mix/order/place-pos-tpsl", V2Bodies.Json(Body("58000")))).EnsureOk();

        var live = h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Where(p => p.Status == PlanStatus.Live).ToList();
        Assert.Equal(58_000m, Assert.Single(live).TriggerPrice);
    }
}
