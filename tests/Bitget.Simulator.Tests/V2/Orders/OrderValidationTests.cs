using Bitget.Simulator.Market;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.V2.Orders;

public sealed class OrderValidationTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await SimulatorHarness.StartAsync(balance: 1_000m, configure: o =>
    {
        foreach (var contract in DefaultContracts.All)
        {
            o.Contracts.Add(contract);
        }

        o.Contracts.Add(new ContractSpec("XUSDT", "X", 100m, PricePlace: 2, VolumePlace: 3, SizeMultiplier: 0.001m, MinTradeNum: 0.01m, MinTradeUsdt: 5m));
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task SecondOrderWithTheClientOidOfAPendingOrder_Is40786_AndPlacesNothing()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", "limit", price: "50000", clientOid: "dup-1"))).EnsureOk();

        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", clientOid: "dup-1"));

        Assert.Equal(("40786", "Duplicate clientOid"), (reply.Code, reply.Msg));
        Assert.Single(_h.Sim.OrdersWithClientOid("dup-1"));
    }

    [Fact]
    public async Task ClientOidOfAFilledOrder_IsAcceptedAgainByDefault_SoABlindRetryDoublesTheOrder()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", clientOid: "again-1"))).EnsureOk();

        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", clientOid: "again-1"))).EnsureOk();

        Assert.Equal(2, _h.Sim.OrdersWithClientOid("again-1").Count);
    }

    [Fact]
    public async Task V2ClientOidsCanBeMadeUniqueForever()
    {
        await using var h = await SimulatorHarness.StartAsync(configure: o => o.V2ClientOidUniqueWhilePendingOnly = false);
        (await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", clientOid: "once"))).EnsureOk();

        var reply = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", clientOid: "once"));

        Assert.Equal("40786", reply.Code);
        Assert.Single(h.Sim.OrdersWithClientOid("once"));
    }

    [Fact]
    public async Task MarketOrderAboveMaxMarketOrderQty_Is40762_AndPlacesNothing()
    {
        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "10000.01", clientOid: "too-big", symbol: "XUSDT"));

        Assert.Equal("40762", reply.Code);
        Assert.Empty(_h.Sim.OrdersWithClientOid("too-big"));
    }

    [Theory]
    [InlineData("0.00015")]
    [InlineData("0.12345")]
    public async Task SizeOffTheStep_Is40808(string size)
    {
        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", size));

        Assert.Equal("40808", reply.Code);
        Assert.StartsWith("Parameter verification exception size checkBDScale error", reply.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SizeBelowTheMinimumQuantity_Is45111()
    {
        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.005", symbol: "XUSDT"));

        Assert.Equal("45111", reply.Code);
    }

    [Fact]
    public async Task NotionalBelowTheMinimum_Is45110()
    {
        _h.Sim.Prices.Set("BTCUSDT", 40_000m);

        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.0001"));

        Assert.Equal(("45110", "less than the minimum amount 5 USDT"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task MarginAboveTheAvailableBalance_Is40762()
    {
        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.2"));

        Assert.Equal(("40762", "The order amount exceeds the balance"), (reply.Code, reply.Msg));
        Assert.Empty(_h.Sim.Exchange.Orders());
    }

    [Fact]
    public async Task PriceOffTheTick_Is41103()
    {
        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", "limit", price: "50000.05"));

        Assert.Equal("41103", reply.Code);
    }

    [Fact]
    public async Task UnknownSymbol_IsRefused()
    {
        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "1", symbol: "NOPEUSDT"));

        Assert.Equal("40034", reply.Code);
    }

    [Fact]
    public async Task MissingSize_Is40019()
    {
        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Json(new { symbol = "BTCUSDT", productType = "USDT-FUTURES", marginMode = "crossed", marginCoin = "USDT", side = "buy", orderType = "market" }));

        Assert.Equal(("40019", "Parameter size cannot be empty"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task BatchPlace_ReportsEachOrderSeparately()
    {
        var body = V2Bodies.Json(new
        {
            symbol = "BTCUSDT", productType = "USDT-FUTURES", marginCoin = "USDT", marginMode = "crossed",
            orderList = new object[]
            {
                new { size = "0.001", side = "buy", orderType = "market", clientOid = "b1" },
                new { size = "0.00011", side = "buy", orderType = "market", clientOid = "b2" },
            },
        });

        var data = (await _h.Client.PostAsync("/api/v2/mix/order/batch-place-order", body)).EnsureOk().Data;

        Assert.Equal("b1", Assert.Single(data.GetProperty("successList").EnumerateArray()).GetProperty("clientOid").GetString());
        var failure = Assert.Single(data.GetProperty("failureList").EnumerateArray());
        Assert.Equal(("b2", "40808"), (failure.GetProperty("clientOid").GetString(), failure.GetProperty("errorCode").GetString()));
    }
}
