using System.Net;
using System.Text.Json;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Bitget.Client.V3.Orders;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.V3.Orders;

/// <summary>v3 direction encoding (opposite to v2 hedge), reconciliation with 25212, empty-body retries.</summary>
public sealed class UnifiedOrderDirectionTests
{
    private const string PlacePath = "/api/v3/trade/place-order";
    private const string InfoPath = "/api/v3/trade/order-info";

    [Theory]
    [InlineData(PositionMode.Hedge, PositionSide.Long, OrderAction.Open, "buy", "long", null)]
    [InlineData(PositionMode.Hedge, PositionSide.Long, OrderAction.Close, "sell", "long", null)]
    [InlineData(PositionMode.Hedge, PositionSide.Short, OrderAction.Open, "sell", "short", null)]
    [InlineData(PositionMode.Hedge, PositionSide.Short, OrderAction.Close, "buy", "short", null)]
    [InlineData(PositionMode.OneWay, PositionSide.Long, OrderAction.Open, "buy", null, null)]
    [InlineData(PositionMode.OneWay, PositionSide.Long, OrderAction.Close, "sell", null, "yes")]
    [InlineData(PositionMode.OneWay, PositionSide.Short, OrderAction.Open, "sell", null, null)]
    [InlineData(PositionMode.OneWay, PositionSide.Short, OrderAction.Close, "buy", null, "yes")]
    public async Task PlaceOrder_BodyCarriesV3Direction(PositionMode mode, PositionSide position, OrderAction action, string side, string? posSide, string? reduceOnly)
    {
        var handler = new FakeBitgetHandler()
            .Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1","clientOid":"v3-oid"}"""))
            .Always(InfoPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("25204", "Order does not exist"));
        using var client = TestClients.Create(handler);

        await client.Unified.Orders.PlaceAsync(new UnifiedPlaceOrderRequest { Symbol = "BTCUSDT", HoldMode = mode, PositionSide = position, Action = action, Quantity = 0.001m, ClientOid = "v3-oid" });

        using var body = JsonDocument.Parse(Assert.Single(handler.To(PlacePath)).Body!);
        var root = body.RootElement;
        Assert.Equal(side, root.GetProperty("side").GetString());
        Assert.Equal(posSide, root.TryGetProperty("posSide", out var ps) ? ps.GetString() : null);
        Assert.Equal(reduceOnly, root.TryGetProperty("reduceOnly", out var ro) ? ro.GetString() : null);
        Assert.Equal("USDT-FUTURES", root.GetProperty("category").GetString());
        Assert.Equal("0.001", root.GetProperty("qty").GetString());
        Assert.False(root.TryGetProperty("tradeSide", out _));
        Assert.False(root.TryGetProperty("marginCoin", out _));
    }

    [Fact]
    public void HedgeClose_IsOppositeToV2()
    {
        var v2 = OrderDirection.Encode(PositionMode.Hedge, PositionSide.Long, OrderAction.Close);
        var v3 = UnifiedOrderDirection.Encode(PositionMode.Hedge, PositionSide.Long, OrderAction.Close);

        Assert.Equal("buy", v2.Side);
        Assert.Equal("sell", v3.Side);
    }

    [Fact]
    public async Task UnknownOrderType_RefusedBeforeAnythingIsSent()
    {
        var handler = new FakeBitgetHandler();
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Unified.Orders.PlaceAsync(new UnifiedPlaceOrderRequest { Symbol = "BTCUSDT", HoldMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Close, Quantity = 1m, OrderType = OrderType.Unknown, ClientOid = "v3-oid" }));

        Assert.Equal("OrderType", ex.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task DuplicateClientOid25212_LooksUpAndReturnsExistingOrder()
    {
        var handler = new FakeBitgetHandler()
            .Always(PlacePath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("25212", "Duplicate clientOid"))
            .Always(InfoPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"42","clientOid":"v3-oid","orderStatus":"live"}"""));
        using var client = TestClients.Create(handler);

        var ack = await client.Unified.Orders.PlaceAsync(new UnifiedPlaceOrderRequest { Symbol = "BTCUSDT", HoldMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Close, Quantity = 1m });

        Assert.Equal("42", ack.OrderId);
        Assert.Single(handler.To(PlacePath));
        Assert.Equal("?clientOid=" + ack.ClientOid, Assert.Single(handler.To(InfoPath)).Uri.Query);
    }

    [Fact]
    public async Task ChosenClientOidAlreadyKnown_ReturnsThatOrderWithoutPosting()
    {
        var handler = new FakeBitgetHandler()
            .Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"2","clientOid":"v3-oid"}"""))
            .Always(InfoPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"42","clientOid":"v3-oid","orderStatus":"filled"}"""));
        using var client = TestClients.Create(handler);

        var ack = await client.Unified.Orders.PlaceAsync(new UnifiedPlaceOrderRequest { Symbol = "BTCUSDT", HoldMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Open, Quantity = 1m, ClientOid = "v3-oid" });

        Assert.Equal(("42", "v3-oid"), (ack.OrderId, ack.ClientOid));
        Assert.Empty(handler.To(PlacePath));
    }

    [Fact]
    public async Task ReplyLost_NotFound_OutcomeUnknownWithoutResend()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .OnceThrow(PlacePath, new HttpRequestException("reset"))
            .Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"43","clientOid":"v3-oid"}"""))
            .Always(InfoPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("25204", "Order does not exist"));
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<Bitget.Client.Errors.OrderOutcomeUnknownException>(() => time.RunAsync(client.Unified.Orders.PlaceAsync(new UnifiedPlaceOrderRequest { Symbol = "BTCUSDT", HoldMode = PositionMode.Hedge, PositionSide = PositionSide.Short, Action = OrderAction.Close, Quantity = 1m, ClientOid = "v3-oid" })));

        Assert.Equal("v3-oid", ex.ClientOid);
        Assert.Single(handler.To(PlacePath));
        Assert.Equal(1 + 3, handler.To(InfoPath).Count); // the pre-place check, then three polls
    }

    [Fact]
    public async Task CurrentPosition_EmptyHttp200Body_RetriedNotTakenAsFlat()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Once("/api/v3/position/current-position", HttpStatusCode.OK, string.Empty)
            .Always("/api/v3/position/current-position", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"list":[{"symbol":"BTCUSDT","posSide":"short","total":"0.5"}]}"""));
        using var client = TestClients.Create(handler, time);

        var positions = await time.RunAsync(client.Unified.Positions.GetCurrentAsync());

        Assert.Equal(0.5m, Assert.Single(positions).Total);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task CurrentPosition_AlwaysEmptyBody_FailsInsteadOfReportingNoPositions()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always("/api/v3/position/current-position", HttpStatusCode.OK, string.Empty);
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => time.RunAsync(client.Unified.Positions.GetCurrentAsync()));

        Assert.Equal(BitgetErrorKind.Network, ex.Kind);
    }

    [Fact]
    public async Task ClassicKeyOnV3_WrongAccountKind()
    {
        var handler = new FakeBitgetHandler().Always("/api/v3/account/assets", HttpStatusCode.BadRequest, """{"code":"40084","msg":"You are in Classic Account mode, and the Unified Account API is not supported at this time"}""");
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Unified.Account.GetAssetsAsync());

        Assert.Equal(BitgetErrorKind.WrongAccountKind, ex.Kind);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task PlaceTpsl_WholePositionStopLossBody()
    {
        var handler = new FakeBitgetHandler()
            .Always("/api/v3/trade/place-strategy-order", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"7","clientOid":"sl-1"}"""))
            .Always("/api/v3/trade/unfilled-strategy-orders", HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler);

        await client.Unified.Orders.PlaceTpslAsync(new UnifiedTpslRequest { Symbol = "BTCUSDT", PositionSide = PositionSide.Short, StopLoss = 120000m, TriggerBy = TriggerPriceType.MarkPrice, ClientOid = "sl-1" });

        Assert.Equal(
            """{"category":"USDT-FUTURES","symbol":"BTCUSDT","type":"tpsl","tpslMode":"full","posSide":"short","stopLoss":"120000","slTriggerBy":"mark","slOrderType":"market","clientOid":"sl-1"}""",
            Assert.Single(handler.To("/api/v3/trade/place-strategy-order")).Body);
    }
}
