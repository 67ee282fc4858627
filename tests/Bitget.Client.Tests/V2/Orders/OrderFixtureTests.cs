using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;

namespace Bitget.Client.Tests.V2.Orders;

/// <summary>Every v2 order fixture parses through its client method: state vs status, "" prices, null lists.</summary>
public sealed class OrderFixtureTests
{
    private static readonly PlaceOrderRequest MarketOpenLong = new()
    {
        Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.Hedge, PositionSide = PositionSide.Long, Action = OrderAction.Open, Size = 0.01m,
    };

    [Fact]
    public async Task PlaceOrder_AckParsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-place-order.json");

        var ack = await client.Orders.PlaceAsync(MarketOpenLong);

        Assert.Equal("121211212122", ack.OrderId);
        Assert.Equal("121211212122", ack.ClientOid);
    }

    [Fact]
    public async Task BatchPlace_SuccessAndEmptyFailureList()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-batch-place-order.json");

        var result = await client.Orders.PlaceBatchAsync(new BatchPlaceOrdersRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay,
            Orders = [new BatchOrderItem { PositionSide = PositionSide.Long, Action = OrderAction.Open, Size = 0.01m }],
        });

        var item = Assert.Single(result.Succeeded);
        Assert.Equal("121211212122", item.OrderId);
        Assert.Equal("BITGET#121211212122", item.ClientOid);
        Assert.Empty(result.Failed);
    }

    [Theory]
    [InlineData("v2/rest/mix-order-batch-cancel-orders-doc.json")]
    [InlineData("v2/rest/mix-order-cancel-all-orders.json")]
    public async Task CancelLists_FailureItemsKept(string fixture)
    {
        using var client = TestClients.Serving(fixture);

        var result = fixture.Contains("batch", StringComparison.Ordinal)
            ? await client.Orders.CancelBatchAsync("BTCUSDT", [OrderReference.ById("121211212122"), OrderReference.ByClientOid("321342")])
            : await client.Orders.CancelAllAsync();

        Assert.Equal("121211212122", Assert.Single(result.Succeeded).OrderId);
        var failed = Assert.Single(result.Failed);
        Assert.Equal("232", failed.OrderId);
        Assert.Equal("notExistend", failed.ErrorMessage);
        Assert.Null(failed.ErrorCode);
    }

    [Fact]
    public async Task CancelOrder_EmptyClientOid()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-cancel-order.json");

        var ack = await client.Orders.CancelAsync("BTCUSDT", OrderReference.ById("123"));

        Assert.Equal("123", ack.OrderId);
        Assert.Equal(string.Empty, ack.ClientOid);
    }

    [Theory]
    [InlineData("v2/rest/mix-order-close-positions.json", "43118", null)]
    [InlineData("v2/rest/mix-order-close-positions-doc.json", "xxxx", "BTCUSDT")]
    public async Task FlashClose_PerItemErrorCodes(string fixture, string errorCode, string? symbol)
    {
        using var client = TestClients.Serving(fixture);

        var result = await client.Orders.ClosePositionsAsync("BTCUSDT", PositionMode.Hedge, PositionSide.Long);

        Assert.Equal("123", Assert.Single(result.Succeeded).OrderId);
        Assert.Equal(symbol, result.Succeeded[0].Symbol);
        var failed = Assert.Single(result.Failed);
        Assert.Equal(errorCode, failed.ErrorCode);
        Assert.Equal("321", failed.ClientOid);
    }

    [Fact]
    public async Task ModifyOrder_AckParsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-modify-order-doc.json");

        var ack = await client.Orders.ModifyAsync(new ModifyOrderRequest { Symbol = "BTCUSDT", Order = OrderReference.ById("1"), NewSize = 1m, NewPrice = 2m });

        Assert.Equal("121212121212", ack.OrderId);
        Assert.Equal("BITGET#121212121212", ack.ClientOid);
    }

    [Fact]
    public async Task PlaceTpslOrder_AckParsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-place-tpsl-order.json");

        var ack = await client.Orders.PlaceTpslAsync(new TpslOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.Hedge, PositionSide = PositionSide.Long, PlanType = TpslPlanType.PositionLoss, TriggerPrice = 25000m,
        });

        Assert.Equal("121212121212", ack.OrderId);
        Assert.Equal("BITGET#1627293504612", ack.ClientOid);
    }

    [Fact]
    public async Task PlacePositionTpsl_ArrayParsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-place-pos-tpsl.json");

        var acks = await client.Orders.PlacePositionTpslAsync(new PositionTpslRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Short, StopLossTriggerPrice = 30000m,
        });

        Assert.Equal(2, acks.Count);
        Assert.All(acks, a => Assert.Equal("xxxxxxxx", a.StopLossClientOid));
    }

    [Theory]
    [InlineData("v2/rest/mix-order-detail.json")]
    [InlineData("v2/rest/mix-order-detail-doc.json")]
    public async Task Detail_DocShapeWithLowerCaseEnumsAndCrossSpelling(string fixture)
    {
        using var client = TestClients.Serving(fixture);

        var order = await client.Orders.GetAsync("ETHUSDT", "123456");

        Assert.Equal("ethusdt", order.Symbol);
        Assert.Equal("77777", order.ClientOid);
        Assert.Equal(2m, order.Size);
        Assert.Equal(1900m, order.Price);
        Assert.Null(order.Fee);
        Assert.Equal(2112m, order.TotalProfits);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(TradeSide.Unknown, order.TradeSide);
        Assert.Equal(TimeInForce.GoodTillCanceled, order.TimeInForce);
        Assert.Equal(MarginMode.Crossed, order.MarginMode);
        Assert.Equal(PositionMode.OneWay, order.PositionMode);
        Assert.True(order.ReduceOnly);
        Assert.Equal(1910m, order.PresetTakeProfitPrice);
        Assert.Equal(1890m, order.PresetStopLossPrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1627300098776), order.CreatedAt);
    }

    [Fact]
    public async Task DetailDoc_PresetExecutePrices()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-detail-doc.json");

        var order = await client.Orders.GetAsync("ETHUSDT", "123456");

        Assert.Equal(1911m, order.PresetTakeProfitExecutePrice);
        Assert.Equal(1989m, order.PresetStopLossExecutePrice);
        Assert.Equal(string.Empty, order.CancelReason);
    }

    [Fact]
    public async Task DetailReal_HedgeOpenShortMarketOrder()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-detail-real.json");

        var order = await client.Orders.GetAsync("LTCUSDT", "1139546955005468672");

        Assert.Equal("1139546955005468672", order.OrderId);
        Assert.Null(order.Price);
        Assert.Equal(68.65m, order.AveragePrice);
        Assert.Equal(-0.008238m, order.Fee);
        Assert.Equal(13.73m, order.FilledValue);
        Assert.Equal(OrderSide.Sell, order.Side);
        Assert.Equal(TradeSide.Open, order.TradeSide);
        Assert.Equal(PositionSide.Short, order.PositionSide);
        Assert.False(order.ReduceOnly);
        Assert.Null(order.PresetStopLossPrice);
        Assert.Equal(OrderType.Market, order.OrderType);
    }

    [Fact]
    public async Task DetailCloseReal_HedgeCloseLongIsBuyPlusClose()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-detail-close-real.json");

        var order = await client.Orders.GetByClientOidAsync("LTCUSDT", "1139547338494877697");

        Assert.NotNull(order);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(TradeSide.Close, order.TradeSide);
        Assert.Equal(PositionSide.Long, order.PositionSide);
        Assert.True(order.ReduceOnly);
        Assert.Equal(-0.007m, order.TotalProfits);
        Assert.Equal(68.67m, order.AveragePrice);
        Assert.Equal(OrderStatus.Filled, order.Status);
    }

    [Theory]
    [InlineData("v2/rest/mix-order-orders-pending.json", true)]
    [InlineData("v2/rest/mix-order-orders-pending-doc.json", true)]
    [InlineData("v2/rest/mix-order-orders-history.json", false)]
    public async Task OrderLists_StatusFieldParsed(string fixture, bool pending)
    {
        using var client = TestClients.Serving(fixture);

        var page = pending ? await client.Orders.GetPendingAsync() : await client.Orders.GetHistoryAsync();

        var order = Assert.Single(page.Orders);
        Assert.Equal("123", page.EndId);
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(100m, order.Size);
        Assert.Equal(12.1m, order.FilledSize);
        Assert.Equal(1903m, order.AveragePrice);
        Assert.Equal(22001.21m, order.FilledValue);
        Assert.Equal(TradeSide.Open, order.TradeSide);
        Assert.Equal(2001m, order.PresetTakeProfitPrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1627293505612), order.UpdatedAt);
    }

    [Fact]
    public async Task OrdersHistoryReal_IsolatedHedgeClose()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-orders-history-real.json");

        var order = Assert.Single((await client.Orders.GetHistoryAsync()).Orders);

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(-0.004335m, order.Fee);
        Assert.Equal(72.25m, order.AveragePrice);
        Assert.Equal(MarginMode.Isolated, order.MarginMode);
        Assert.Equal(TradeSide.Close, order.TradeSide);
        Assert.True(order.ReduceOnly);
    }

    [Fact]
    public async Task OrdersPending_NullEntrustedListIsEmpty()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/orders-pending", System.Net.HttpStatusCode.OK, FakeBitgetHandler.Success("""{"entrustedList":null,"endId":null}"""));
        using var client = TestClients.Create(handler);

        var page = await client.Orders.GetPendingAsync();

        Assert.Empty(page.Orders);
        Assert.Null(page.EndId);
    }

    [Theory]
    [InlineData("v2/rest/mix-order-fills.json")]
    [InlineData("v2/rest/mix-order-fills-real.json")]
    public async Task Fills_FeeDetailParsed(string fixture)
    {
        using var client = TestClients.Serving(fixture);

        var fill = Assert.Single((await client.Orders.GetFillsAsync()).Fills);

        Assert.Equal(TradeSide.Close, fill.TradeSide);
        Assert.Equal(PositionMode.Hedge, fill.PositionMode);
        var fee = Assert.Single(fill.FeeDetails!);
        if (fixture.EndsWith("real.json", StringComparison.Ordinal))
        {
            Assert.Equal(72.25m, fill.Price);
            Assert.Equal(0.1m, fill.Size);
            Assert.Equal(-0.002m, fill.Profit);
            Assert.Null(fee.TotalDeductionFee);
            Assert.Equal(-0.004335m, fee.TotalFee);
            Assert.False(fee.Deduction);
        }
        else
        {
            Assert.Equal(1900m, fill.Price);
            Assert.Equal(1902m, fill.Value);
            Assert.Equal("BGB", fee.FeeCoin);
            Assert.Equal(-0.017118519726m, fee.TotalDeductionFee);
            Assert.True(fee.Deduction);
        }
    }

    [Fact]
    public async Task FillHistory_OneWaySellSingle()
    {
        using var client = TestClients.Serving("v2/rest/mix-order-fill-history-doc.json");

        var page = await client.Orders.GetFillHistoryAsync();

        var fill = Assert.Single(page.Fills);
        Assert.Equal("USDT", fill.MarginCoin);
        Assert.Equal(1801.33m, fill.Price);
        Assert.Equal(36.0266m, fill.Value);
        Assert.Equal(TradeSide.SellSingle, fill.TradeSide);
        Assert.Equal(-0.02161596m, fill.FeeDetails![0].TotalFee);
        Assert.Equal("123456789", page.EndId);
    }
}
