using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Exchange;

/// <summary>Resting close orders reserve part of a position (BITGET-API.md §7).</summary>
public sealed class CloseReservationTests
{
    [Fact]
    public async Task OneWay_ReduceOnlyThatDoesNotFit_CancelsTheOldest_AndItsReplyHasNoOrderId()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1m, 60_000m);
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.6", "limit", price: "70000", reduceOnly: "YES", clientOid: "r1"))).EnsureOk();

        var second = (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.6", "limit", price: "71000", reduceOnly: "YES", clientOid: "r2"))).EnsureOk().Data;

        Assert.Equal(JsonValueKind.Null, second.GetProperty("orderId").ValueKind);
        Assert.Equal("r2", second.GetProperty("clientOid").GetString());
        Assert.Equal(OrderStatus.Canceled, Assert.Single(h.Sim.OrdersWithClientOid("r1")).Status);
        Assert.Equal(OrderStatus.Live, Assert.Single(h.Sim.OrdersWithClientOid("r2")).Status);
    }

    [Fact]
    public async Task OneWay_ReduceOnlyThatFits_KeepsTheOthersAndItsOrderId()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1m, 60_000m);
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.4", "limit", price: "70000", reduceOnly: "YES", clientOid: "r1"))).EnsureOk();

        var second = (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.6", "limit", price: "71000", reduceOnly: "YES", clientOid: "r2"))).EnsureOk().Data;

        Assert.Equal(JsonValueKind.String, second.GetProperty("orderId").ValueKind);
        Assert.Equal(OrderStatus.Live, Assert.Single(h.Sim.OrdersWithClientOid("r1")).Status);
    }

    [Fact]
    public async Task Hedge_MarketCloseTakesOnlyTheFreeRemainder_ThenCancelsRestingCloses()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1m, 60_000m);
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.7", "limit", price: "70000", tradeSide: "close", clientOid: "rest"))).EnsureOk();

        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.5", tradeSide: "close", clientOid: "m1"))).EnsureOk();
        var afterFirst = Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size;
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.5", tradeSide: "close", clientOid: "m2"))).EnsureOk();

        Assert.Equal(0.7m, afterFirst);
        Assert.Equal(0.2m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
        Assert.Equal(OrderStatus.Canceled, Assert.Single(h.Sim.OrdersWithClientOid("rest")).Status);
    }

    [Fact]
    public async Task FlashClose_ClosesEverything_EvenWithRestingCloses()
    {
        await using var h = await SimulatorHarness.StartAsync(PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1m, 60_000m);
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.7", "limit", price: "70000", tradeSide: "close"))).EnsureOk();

        (await h.Client.PostAsync("/api/v2/mix/order/close-positions", V2Bodies.Json(new { productType = "USDT-FUTURES", symbol = "BTCUSDT" }))).EnsureOk();

        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        Assert.DoesNotContain(h.Sim.Exchange.Orders(), o => o.Status == OrderStatus.Live);
    }

    [Fact]
    public async Task BatchCancel_BySymbol_CancelsItsOpenOrders()
    {
        await using var h = await SimulatorHarness.StartAsync();
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "50000", clientOid: "o1"))).EnsureOk();
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.1", "limit", price: "2000", clientOid: "o2", symbol: "ETHUSDT"))).EnsureOk();

        var data = (await h.Client.PostAsync("/api/v2/mix/order/batch-cancel-orders", V2Bodies.Json(new { productType = "USDT-FUTURES", symbol = "BTCUSDT" }))).EnsureOk().Data;

        Assert.Equal("o1", Assert.Single(data.GetProperty("successList").EnumerateArray()).GetProperty("clientOid").GetString());
        Assert.Equal(OrderStatus.Live, Assert.Single(h.Sim.OrdersWithClientOid("o2")).Status);
    }

    [Fact]
    public async Task BatchCancel_ByList_ReportsUnknownOrdersAsFailures()
    {
        await using var h = await SimulatorHarness.StartAsync();
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "50000", clientOid: "o1"))).EnsureOk();
        var body = V2Bodies.Json(new { productType = "USDT-FUTURES", symbol = "BTCUSDT", orderIdList = new object[] { new { clientOid = "o1" }, new { clientOid = "ghost" } } });

        var data = (await h.Client.PostAsync("/api/v2/mix/order/batch-cancel-orders", body)).EnsureOk().Data;

        Assert.Equal(1, data.GetProperty("successList").GetArrayLength());
        Assert.Equal("ghost", Assert.Single(data.GetProperty("failureList").EnumerateArray()).GetProperty("clientOid").GetString());
    }
}
