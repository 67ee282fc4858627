using System.Net;
using System.Text.Json;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;

namespace Bitget.Client.Tests.V2.Orders;

/// <summary>
/// Direction encoding per BITGET-API.md §7, asserted on the JSON body actually sent. A wrong-direction close is the
/// worst bug this product can have: closing a long must never buy in one-way mode, nor sell in hedge mode.
/// </summary>
public sealed class OrderDirectionTests
{
    private const string PlacePath = "/api/v2/mix/order/place-order";

    [Theory]
    [InlineData(PositionMode.OneWay, PositionSide.Long, OrderAction.Open, "buy", null, null)]
    [InlineData(PositionMode.OneWay, PositionSide.Long, OrderAction.Close, "sell", null, "YES")]
    [InlineData(PositionMode.OneWay, PositionSide.Short, OrderAction.Open, "sell", null, null)]
    [InlineData(PositionMode.OneWay, PositionSide.Short, OrderAction.Close, "buy", null, "YES")]
    [InlineData(PositionMode.Hedge, PositionSide.Long, OrderAction.Open, "buy", "open", null)]
    [InlineData(PositionMode.Hedge, PositionSide.Long, OrderAction.Close, "buy", "close", null)]
    [InlineData(PositionMode.Hedge, PositionSide.Short, OrderAction.Open, "sell", "open", null)]
    [InlineData(PositionMode.Hedge, PositionSide.Short, OrderAction.Close, "sell", "close", null)]
    public async Task PlaceOrder_BodyCarriesSideTradeSideReduceOnly(PositionMode mode, PositionSide position, OrderAction action, string side, string? tradeSide, string? reduceOnly)
    {
        var handler = new FakeBitgetHandler().KnowsNoOrders().InPositionMode(mode).Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1","clientOid":"oid-1"}"""));
        using var client = TestClients.Create(handler);

        await client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = mode, PositionSide = position, Action = action, Size = 0.5m, ClientOid = "oid-1",
        });

        using var body = JsonDocument.Parse(Assert.Single(handler.To(PlacePath)).Body!);
        var root = body.RootElement;
        Assert.Equal(side, root.GetProperty("side").GetString());
        Assert.Equal(tradeSide, root.TryGetProperty("tradeSide", out var ts) ? ts.GetString() : null);
        Assert.Equal(reduceOnly, root.TryGetProperty("reduceOnly", out var ro) ? ro.GetString() : null);
        Assert.Equal("BTCUSDT", root.GetProperty("symbol").GetString());
        Assert.Equal("USDT-FUTURES", root.GetProperty("productType").GetString());
        Assert.Equal("crossed", root.GetProperty("marginMode").GetString());
        Assert.Equal("USDT", root.GetProperty("marginCoin").GetString());
        Assert.Equal("0.5", root.GetProperty("size").GetString());
        Assert.Equal("market", root.GetProperty("orderType").GetString());
        Assert.Equal("oid-1", root.GetProperty("clientOid").GetString());
        Assert.False(root.TryGetProperty("price", out _));
    }

    [Fact]
    public async Task PlaceLimitOrder_SendsPriceAndForce()
    {
        var handler = new FakeBitgetHandler().KnowsNoOrders().Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1","clientOid":"oid-2"}"""));
        using var client = TestClients.Create(handler);

        await client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", MarginMode = MarginMode.Isolated, PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Short, Action = OrderAction.Open,
            OrderType = OrderType.Limit, Price = 26000.50m, TimeInForce = TimeInForce.PostOnly, Size = 1m, ClientOid = "oid-2",
        });

        Assert.Equal(
            """{"symbol":"BTCUSDT","productType":"USDT-FUTURES","marginMode":"isolated","marginCoin":"USDT","size":"1","price":"26000.5","side":"sell","orderType":"limit","force":"post_only","clientOid":"oid-2"}""",
            Assert.Single(handler.To(PlacePath)).Body);
    }

    [Theory]
    [InlineData(PositionMode.Hedge, PositionSide.Long, "long")]
    [InlineData(PositionMode.Hedge, PositionSide.Short, "short")]
    [InlineData(PositionMode.OneWay, PositionSide.Long, "buy")]
    [InlineData(PositionMode.OneWay, PositionSide.Short, "sell")]
    public async Task PlaceTpsl_HoldSideSpelledPerMode(PositionMode mode, PositionSide position, string holdSide)
    {
        var handler = new FakeBitgetHandler()
            .Always("/api/v2/mix/order/place-tpsl-order", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"9","clientOid":"t"}"""))
            .Always("/api/v2/mix/order/orders-plan-pending", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"entrustedList":null,"endId":null}"""));
        using var client = TestClients.Create(handler);

        await client.Orders.PlaceTpslAsync(new TpslOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = mode, PositionSide = position, PlanType = TpslPlanType.PositionLoss, TriggerPrice = 25000m, TriggerType = TriggerPriceType.MarkPrice, ClientOid = "t",
        });

        using var body = JsonDocument.Parse(Assert.Single(handler.To("/api/v2/mix/order/place-tpsl-order")).Body!);
        Assert.Equal(holdSide, body.RootElement.GetProperty("holdSide").GetString());
        Assert.Equal("pos_loss", body.RootElement.GetProperty("planType").GetString());
        Assert.Equal("mark_price", body.RootElement.GetProperty("triggerType").GetString());
        Assert.Equal("25000", body.RootElement.GetProperty("triggerPrice").GetString());
    }

    [Theory]
    [InlineData(PositionMode.Hedge, PositionSide.Long, "long")]
    [InlineData(PositionMode.OneWay, PositionSide.Short, "sell")]
    public async Task PlacePositionTpsl_HoldSideAndGeneratedClientOids(PositionMode mode, PositionSide position, string holdSide)
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/place-pos-tpsl", HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler);

        await client.Orders.PlacePositionTpslAsync(new PositionTpslRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = mode, PositionSide = position, StopLossTriggerPrice = 24000m,
        });

        using var body = JsonDocument.Parse(Assert.Single(handler.To("/api/v2/mix/order/place-pos-tpsl")).Body!);
        Assert.Equal(holdSide, body.RootElement.GetProperty("holdSide").GetString());
        Assert.Equal("24000", body.RootElement.GetProperty("stopLossTriggerPrice").GetString());
        Assert.Matches("^[A-Za-z0-9_:-]{1,32}$", body.RootElement.GetProperty("stopLossClientOid").GetString());
        Assert.False(body.RootElement.TryGetProperty("stopSurplusTriggerPrice", out _));
        Assert.False(body.RootElement.TryGetProperty("stopSurplusClientOid", out _));
    }

    [Theory]
    [InlineData(PositionMode.Hedge, PositionSide.Short, """{"symbol":"BTCUSDT","productType":"USDT-FUTURES","holdSide":"short"}""")]
    [InlineData(PositionMode.OneWay, PositionSide.Short, """{"symbol":"BTCUSDT","productType":"USDT-FUTURES"}""")]
    public async Task FlashClose_HoldSideOnlyInHedgeMode(PositionMode mode, PositionSide side, string expectedBody)
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/close-positions", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"successList":[],"failureList":[]}"""));
        using var client = TestClients.Create(handler);

        await client.Orders.ClosePositionsAsync("BTCUSDT", mode, side);

        Assert.Equal(expectedBody, Assert.Single(handler.Requests).Body);
    }

    [Fact]
    public async Task BatchPlace_EachItemEncodedWithTheBatchMode()
    {
        var handler = new FakeBitgetHandler().InPositionMode(PositionMode.OneWay).Always("/api/v2/mix/order/batch-place-order", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"successList":[],"failureList":[]}"""));
        using var client = TestClients.Create(handler);

        await client.Orders.PlaceBatchAsync(new BatchPlaceOrdersRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay,
            Orders =
            [
                new BatchOrderItem { PositionSide = PositionSide.Long, Action = OrderAction.Close, Size = 0.1m, ClientOid = "a" },
                new BatchOrderItem { PositionSide = PositionSide.Short, Action = OrderAction.Open, Size = 0.2m, ClientOid = "b" },
            ],
        });

        Assert.Equal(
            """{"symbol":"BTCUSDT","productType":"USDT-FUTURES","marginCoin":"USDT","marginMode":"crossed","orderList":[{"size":"0.1","side":"sell","orderType":"market","clientOid":"a","reduceOnly":"YES"},{"size":"0.2","side":"sell","orderType":"market","clientOid":"b"}]}""",
            Assert.Single(handler.To("/api/v2/mix/order/batch-place-order")).Body);
    }

    [Fact]
    public void Encode_IsTheOnlyMapping_CloseNeverTradesTowardsThePosition()
    {
        Assert.Equal("sell", OrderDirection.Encode(PositionMode.OneWay, PositionSide.Long, OrderAction.Close).Side);
        Assert.Equal("buy", OrderDirection.Encode(PositionMode.OneWay, PositionSide.Short, OrderAction.Close).Side);
        Assert.Equal(new OrderDirectionFields("buy", "close", null), OrderDirection.Encode(PositionMode.Hedge, PositionSide.Long, OrderAction.Close));
        Assert.Equal(new OrderDirectionFields("sell", "close", null), OrderDirection.Encode(PositionMode.Hedge, PositionSide.Short, OrderAction.Close));
    }

    [Theory]
    [InlineData(OrderType.Limit, null)]
    [InlineData(OrderType.Market, "100")]
    public async Task PlaceOrder_InconsistentPrice_RejectedBeforeAnyRequest(OrderType type, string? price)
    {
        var handler = new FakeBitgetHandler();
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Open, Size = 1m,
            OrderType = type, Price = price is null ? null : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("channel#123456")]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789")]
    public async Task PlaceOrder_ClientOidNotValidForV3_Rejected(string clientOid)
    {
        var handler = new FakeBitgetHandler();
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Open, Size = 1m, ClientOid = clientOid,
        }));

        Assert.Empty(handler.Requests);
    }
}
