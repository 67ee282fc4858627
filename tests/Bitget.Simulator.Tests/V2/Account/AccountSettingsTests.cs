using Bitget.Simulator.Accounts;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.V2.Account;

public sealed class AccountSettingsTests
{
    [Fact]
    public async Task SetPositionMode_WhenFlat_SwitchesToHedge()
    {
        await using var h = await SimulatorHarness.StartAsync();

        var reply = await h.Client.PostAsync("/api/v2/mix/account/set-position-mode", V2Bodies.Json(new { productType = "USDT-FUTURES", posMode = "hedge_mode" }));
        var open = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", tradeSide: "open"));

        Assert.Equal("hedge_mode", reply.EnsureOk().Data.GetProperty("posMode").GetString());
        open.EnsureOk();
        Assert.Equal(PositionMode.Hedge, h.Sim.Exchange.ModeOf(h.Sim.ApiKey));
    }

    [Fact]
    public async Task SetPositionMode_WithAPosition_Is40920()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.1m, 60_000m);

        var reply = await h.Client.PostAsync("/api/v2/mix/account/set-position-mode", V2Bodies.Json(new { productType = "USDT-FUTURES", posMode = "hedge_mode" }));

        Assert.Equal("40920", reply.Code);
        Assert.Equal(PositionMode.OneWay, h.Sim.Exchange.ModeOf(h.Sim.ApiKey));
    }

    [Fact]
    public async Task SetLeverage_ChangesTheMarginOfNewPositions()
    {
        await using var h = await SimulatorHarness.StartAsync();

        (await h.Client.PostAsync("/api/v2/mix/account/set-leverage", V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", leverage = "20" }))).EnsureOk();
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.1"))).EnsureOk();

        var position = Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        Assert.Equal((20m, 300m), (position.Leverage, position.Margin));
    }

    [Fact]
    public async Task SetMarginMode_WhenFlat_OpensIsolatedPositions()
    {
        await using var h = await SimulatorHarness.StartAsync();

        (await h.Client.PostAsync("/api/v2/mix/account/set-margin-mode", V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", marginMode = "isolated" }))).EnsureOk();
        var reply = await h.Client.GetAsync(V2Bodies.Account, "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT");

        Assert.Equal("isolated", reply.EnsureOk().Data.GetProperty("marginMode").GetString());
    }

    [Fact]
    public async Task V3SetHoldMode_SwitchesTheSharedAccountState()
    {
        await using var h = await SimulatorHarness.StartAsync();
        using var uta = h.ClientFor(1);

        (await uta.PostAsync("/api/v3/account/set-hold-mode", V2Bodies.Json(new { holdMode = "hedge_mode" }))).EnsureOk();
        var settings = (await uta.GetAsync("/api/v3/account/settings")).EnsureOk().Data;

        Assert.Equal("hedge_mode", settings.GetProperty("holdMode").GetString());
    }

    [Fact]
    public async Task OrdersHistory_ListsFinishedOrders()
    {
        await using var h = await SimulatorHarness.StartAsync();
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", clientOid: "done"))).EnsureOk();
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", "limit", price: "50000", clientOid: "open"))).EnsureOk();

        var history = (await h.Client.GetAsync("/api/v2/mix/order/orders-history", "productType=USDT-FUTURES")).EnsureOk().Data.GetProperty("entrustedList");

        var order = Assert.Single(history.EnumerateArray());
        Assert.Equal(("done", "filled"), (order.GetProperty("clientOid").GetString(), order.GetProperty("status").GetString()));
    }
}
