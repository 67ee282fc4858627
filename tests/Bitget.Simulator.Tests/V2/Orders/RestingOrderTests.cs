using Bitget.Simulator.Accounts;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.V2.Orders;

public sealed class RestingOrderTests : IAsyncLifetime
{
    private const string Pending = "/api/v2/mix/order/orders-pending";
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatorHarness.StartAsync();
        _h.Sim.Prices.Set("BTCUSDT", 60_000m);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task LimitBelowTheMarket_RestsInOrdersPending()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "59000", clientOid: "l1"))).EnsureOk();

        var list = (await _h.Client.GetAsync(Pending, "productType=USDT-FUTURES")).EnsureOk().Data.GetProperty("entrustedList");

        var order = Assert.Single(list.EnumerateArray());
        Assert.Equal(("l1", "live", "59000"), (order.GetProperty("clientOid").GetString(), order.GetProperty("status").GetString(), order.GetProperty("price").GetString()));
        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
    }

    [Fact]
    public async Task RestingLimit_FillsAtItsPriceWhenTheMarketCrosses()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "59000", clientOid: "l1"))).EnsureOk();

        _h.Sim.Prices.Set("BTCUSDT", 58_900m);
        var pending = (await _h.Client.GetAsync(Pending, "productType=USDT-FUTURES")).EnsureOk().Data;

        Assert.Equal(System.Text.Json.JsonValueKind.Null, pending.GetProperty("entrustedList").ValueKind);
        var position = Assert.Single(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
        Assert.Equal((0.01m, 59_000m), (position.Size, position.EntryPrice));
        var fill = Assert.Single(_h.Sim.Exchange.Fills(_h.Sim.ApiKey));
        Assert.False(fill.Taker);
    }

    [Fact]
    public async Task Cancel_ByClientOid_RemovesTheOrderFromPending()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "59000", clientOid: "l1"))).EnsureOk();

        var reply = await _h.Client.PostAsync("/api/v2/mix/order/cancel-order", V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", clientOid = "l1" }));

        Assert.Equal("l1", reply.EnsureOk().Data.GetProperty("clientOid").GetString());
        var detail = (await _h.Client.GetAsync("/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&clientOid=l1")).EnsureOk().Data;
        Assert.Equal("canceled", detail.GetProperty("state").GetString());
        _h.Sim.Prices.Set("BTCUSDT", 58_000m);
        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
    }

    [Fact]
    public async Task CancelUnknownOrder_IsRefused()
    {
        var reply = await _h.Client.PostAsync("/api/v2/mix/order/cancel-order", V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", orderId = "1" }));

        Assert.Equal("40768", reply.Code);
    }

    [Fact]
    public async Task RestingOpeningOrder_LocksMargin()
    {
        var before = _h.Sim.Exchange.Account(_h.Sim.ApiKey).Available;

        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.1", "limit", price: "50000"))).EnsureOk();

        Assert.Equal(before - 500m, _h.Sim.Exchange.Account(_h.Sim.ApiKey).Available);
    }

    [Fact]
    public async Task DetailOfUnknownClientOid_Is40109()
    {
        var reply = await _h.Client.GetAsync("/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&clientOid=never");

        Assert.Equal("40109", reply.Code);
    }

    [Fact]
    public async Task Fills_ListTheTradesWithFeeAndProfit()
    {
        _h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.1m, 59_000m);

        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("sell", "0.1", reduceOnly: "YES"))).EnsureOk();
        var fills = (await _h.Client.GetAsync("/api/v2/mix/order/fills", "productType=USDT-FUTURES&symbol=BTCUSDT")).EnsureOk().Data.GetProperty("fillList");

        var fill = Assert.Single(fills.EnumerateArray());
        Assert.Equal(("100", "-3.6", "sell"), (fill.GetProperty("profit").GetString(),
            fill.GetProperty("feeDetail")[0].GetProperty("totalFee").GetString(), fill.GetProperty("side").GetString()));
    }

    [Fact]
    public async Task Modify_ReplacesTheOrderUnderANewClientOid()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "59000", clientOid: "m-old"))).EnsureOk();

        var reply = await _h.Client.PostAsync("/api/v2/mix/order/modify-order", V2Bodies.Json(new
        {
            symbol = "BTCUSDT", productType = "USDT-FUTURES", clientOid = "m-old", newClientOid = "m-new", newSize = "0.02", newPrice = "58500",
        }));

        Assert.Equal("m-new", reply.EnsureOk().Data.GetProperty("clientOid").GetString());
        Assert.Equal(Bitget.Simulator.Orders.OrderStatus.Canceled, Assert.Single(_h.Sim.OrdersWithClientOid("m-old")).Status);
        var replacement = Assert.Single(_h.Sim.OrdersWithClientOid("m-new"));
        Assert.Equal((0.02m, 58_500m, Bitget.Simulator.Orders.OrderStatus.Live), (replacement.Size, replacement.Price!.Value, replacement.Status));
    }

    [Fact]
    public async Task Modify_WithATakenClientOid_Is40786_AndKeepsTheOldOrder()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "59000", clientOid: "keep"))).EnsureOk();

        var reply = await _h.Client.PostAsync("/api/v2/mix/order/modify-order", V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", clientOid = "keep", newClientOid = "keep" }));

        Assert.Equal("40786", reply.Code);
        Assert.Equal(Bitget.Simulator.Orders.OrderStatus.Live, Assert.Single(_h.Sim.OrdersWithClientOid("keep")).Status);
    }

    [Fact]
    public async Task PresetStopLossOfARestingOrder_BecomesAPlanWhenItFills()
    {
        var body = V2Bodies.Json(new
        {
            symbol = "BTCUSDT", productType = "USDT-FUTURES", marginMode = "crossed", marginCoin = "USDT", size = "0.01", side = "buy",
            orderType = "limit", price = "59000", presetStopLossPrice = "57000",
        });
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, body)).EnsureOk();

        _h.Sim.Prices.Set("BTCUSDT", 58_900m);
        _h.Sim.Prices.Set("BTCUSDT", 56_900m);

        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
        Assert.Equal(Bitget.Simulator.Orders.PlanStatus.Executed, Assert.Single(_h.Sim.Exchange.PlanOrders(_h.Sim.ApiKey)).Status);
    }
}
