using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V3.Orders;

namespace Bitget.Client.Tests.V3;

/// <summary>Every v3 position and trade fixture parses through its client method.</summary>
public sealed class UnifiedTradeFixtureTests
{
    private static readonly UnifiedPlaceOrderRequest OpenLong = new()
    {
        Symbol = "BTCUSDT", HoldMode = PositionMode.Hedge, PositionSide = PositionSide.Long, Action = OrderAction.Open, Quantity = 0.001m,
    };

    [Fact]
    public async Task CurrentPositionDoc_Parsed()
    {
        using var client = TestClients.Serving("v3/rest/position-current-position-doc.json");

        var position = Assert.Single(await client.Unified.Positions.GetCurrentAsync());

        Assert.Equal(PositionMode.Hedge, position.HoldMode);
        Assert.Equal(PositionSide.Long, position.PositionSide);
        Assert.Equal(119.2068m, position.Total);
        Assert.Equal(4701531.84941582m, position.PositionBalance);
        Assert.Equal(108674m, position.AveragePrice);
        Assert.Equal(1124573.04243999m, position.UnrealizedPnl);
        Assert.Equal(43099.9m, position.LiquidationPrice);
        Assert.Equal(-53076.32433032m, position.TotalFunding);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1753102803148), position.UpdatedAt);
    }

    [Theory]
    [InlineData("v3/rest/position-current-position-hedge-real.json", PositionMode.Hedge, "107410.3", "0.0047")]
    [InlineData("v3/rest/position-current-position-oneway-real.json", PositionMode.OneWay, "115085.6", "0")]
    public async Task CurrentPositionReal_PosSideInBothModes(string fixture, PositionMode mode, string avgPrice, string pnl)
    {
        using var client = TestClients.Serving(fixture);

        var position = Assert.Single(await client.Unified.Positions.GetCurrentAsync());

        Assert.Equal(mode, position.HoldMode);
        Assert.Equal(PositionSide.Long, position.PositionSide);
        Assert.Equal(0.001m, position.Total);
        Assert.Equal(decimal.Parse(avgPrice, System.Globalization.CultureInfo.InvariantCulture), position.AveragePrice);
        Assert.Equal(decimal.Parse(pnl, System.Globalization.CultureInfo.InvariantCulture), position.UnrealizedPnl);
        Assert.Equal(0m, position.LiquidationPrice);
        Assert.Equal(20m, position.Leverage);
    }

    [Fact]
    public async Task CurrentPositionEmpty_NullListIsNoPositions()
    {
        using var client = TestClients.Serving("v3/rest/position-current-position-empty-real.json");

        Assert.Empty(await client.Unified.Positions.GetCurrentAsync());
    }

    [Theory]
    [InlineData("v3/rest/trade-place-order-doc.json", "121211212122", "121211212122")]
    [InlineData("v3/rest/trade-place-order-real.json", "1320240021595639809", "1320240021599834113")]
    public async Task PlaceOrder_AckParsed(string fixture, string orderId, string clientOid)
    {
        using var client = TestClients.Serving(fixture);

        var ack = await client.Unified.Orders.PlaceAsync(OpenLong);

        Assert.Equal(orderId, ack.OrderId);
        Assert.Equal(clientOid, ack.ClientOid);
    }

    [Theory]
    [InlineData("v3/rest/trade-cancel-order-doc.json", "111111111111111111")]
    [InlineData("v3/rest/trade-cancel-order-real.json", "1320244799629316096")]
    public async Task CancelOrder_AckParsed(string fixture, string orderId)
    {
        using var client = TestClients.Serving(fixture);

        var ack = await client.Unified.Orders.CancelAsync(OrderReference.ById(orderId));

        Assert.Equal(orderId, ack.OrderId);
    }

    [Theory]
    [InlineData("v3/rest/trade-cancel-symbol-order-doc.json", false, "24056")]
    [InlineData("v3/rest/trade-cancel-symbol-order-real.json", true, null)]
    public async Task CancelAll_PerItemCode(string fixture, bool succeeded, string? code)
    {
        using var client = TestClients.Serving(fixture);

        var item = Assert.Single(await client.Unified.Orders.CancelAllAsync(symbol: "BTCUSDT"));

        Assert.Equal(succeeded, item.Succeeded);
        Assert.Equal(code, item.Code);
    }

    [Theory]
    [InlineData("v3/rest/trade-close-positions-doc.json", false, "notExisted")]
    [InlineData("v3/rest/trade-close-positions-real.json", true, null)]
    public async Task ClosePositions_PerItemCode(string fixture, bool succeeded, string? message)
    {
        using var client = TestClients.Serving(fixture);

        var item = Assert.Single(await client.Unified.Orders.ClosePositionsAsync("BTCUSDT", PositionMode.Hedge, PositionSide.Long));

        Assert.Equal(succeeded, item.Succeeded);
        Assert.Equal(message, item.Message);
    }

    [Fact]
    public async Task OrderInfoDoc_SpotMarketBuyByAmount()
    {
        using var client = TestClients.Serving("v3/rest/trade-order-info-doc.json");

        var order = await client.Unified.Orders.GetAsync("111111111111111111");

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(100m, order.Amount);
        Assert.Equal(0.0372m, order.FilledQuantity);
        Assert.Equal(99.853356m, order.FilledValue);
        Assert.Equal(2684.23m, order.AveragePrice);
        Assert.Null(order.PositionSide);
        Assert.Null(order.HoldMode);
        Assert.Equal(TradeSide.Open, order.TradeSide);
        Assert.False(order.ReduceOnly);
        Assert.Null(order.TakeProfit);
        Assert.Equal(0.00000744m, Assert.Single(order.FeeDetails!).Fee);
    }

    [Fact]
    public async Task OrderInfoReal_NullTpSlAndEmptyFee()
    {
        using var client = TestClients.Serving("v3/rest/trade-order-info-real.json");

        var order = await client.Unified.Orders.GetByClientOidAsync("1320244799633510400");

        Assert.NotNull(order);
        Assert.Equal(OrderStatus.Live, order.Status);
        Assert.Equal(50000m, order.Price);
        Assert.Equal(0.001m, order.Quantity);
        Assert.Equal(PositionSide.Long, order.PositionSide);
        Assert.Equal(PositionMode.Hedge, order.HoldMode);
        Assert.Null(order.StopLoss);
        Assert.Null(order.MarginMode);
        Assert.Null(Assert.Single(order.FeeDetails!).Fee);
    }

    [Theory]
    [InlineData("v3/rest/trade-unfilled-orders-doc.json", 1, "1235058132196622336")]
    [InlineData("v3/rest/trade-unfilled-orders-real.json", 1, "1321320757371228160")]
    [InlineData("v3/rest/trade-unfilled-orders-empty-real.json", 0, null)]
    public async Task UnfilledOrders_Parsed(string fixture, int count, string? cursor)
    {
        using var client = TestClients.Serving(fixture);

        var page = await client.Unified.Orders.GetUnfilledAsync();

        Assert.Equal(count, page.Items.Count);
        Assert.Equal(cursor, page.Cursor);
        Assert.All(page.Items, o =>
        {
            Assert.Equal(OrderStatus.Live, o.Status);
            Assert.Equal(OrderSide.Buy, o.Side);
            Assert.False(o.ReduceOnly);
        });
    }

    [Fact]
    public async Task PlaceStrategyOrder_AckParsed()
    {
        using var client = TestClients.Serving("v3/rest/trade-place-strategy-order-doc.json");

        var ack = await client.Unified.Orders.PlaceTpslAsync(new UnifiedTpslRequest { Symbol = "BTCUSDT", PositionSide = PositionSide.Long, StopLoss = 90000m });

        Assert.Equal("121211212122", ack.OrderId);
    }

    [Fact]
    public async Task UnfilledStrategyOrdersDoc_AllFields()
    {
        using var client = TestClients.Serving("v3/rest/trade-unfilled-strategy-orders-doc.json");

        var order = Assert.Single(await client.Unified.Orders.GetUnfilledTpslAsync());

        Assert.Equal("pending", order.Status);
        Assert.Equal(110000m, order.TakeProfit);
        Assert.Equal(90000m, order.StopLoss);
        Assert.Equal(100000m, order.TriggerPrice);
        Assert.Equal(PositionSide.Long, order.PositionSide);
    }

    [Fact]
    public async Task UnfilledStrategyOrdersReal_FewerFieldsAndEmptyTakeProfit()
    {
        using var client = TestClients.Serving("v3/rest/trade-unfilled-strategy-orders-real.json");

        var order = Assert.Single(await client.Unified.Orders.GetUnfilledTpslAsync());

        Assert.Null(order.Status);
        Assert.Null(order.TakeProfit);
        Assert.Equal(114000m, order.StopLoss);
        Assert.Equal(113000m, order.StopLossLimitPrice);
        Assert.Equal("mark", order.StopLossTriggerBy);
        Assert.Null(order.TriggerPrice);
    }

    [Theory]
    [InlineData("v3/rest/trade-cancel-strategy-order-doc.json")]
    [InlineData("v3/rest/trade-cancel-strategy-order-real.json")]
    public async Task CancelStrategyOrder_NullDataAccepted(string fixture)
    {
        var handler = new FakeBitgetHandler();
        using var client = TestClients.Serving(fixture, handler);

        await client.Unified.Orders.CancelTpslAsync(OrderReference.ById("1330984742276198400"));

        Assert.Equal("""{"orderId":"1330984742276198400","category":"USDT-FUTURES"}""", Assert.Single(handler.Requests).Body);
    }
}
