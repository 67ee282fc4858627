using System.Net;
using System.Text.Json;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Bitget.Client.V3.Orders;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Bitget.Client.Tests.Trading;

/// <summary>
/// Writes whose reply proves nothing surface every clientOid they sent, generated ones included, in
/// <see cref="OrderOutcomeUnknownException"/>, so the caller can look the orders up instead of guessing.
/// </summary>
public sealed class GeneratedClientOidTests
{
    private const string BadGateway = "<html>Bad Gateway</html>";

    [Fact]
    public async Task V2Batch_ReplyLost_OutcomeUnknownCarryingEveryGeneratedClientOid()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/batch-place-order", HttpStatusCode.BadGateway, BadGateway);
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => client.Orders.PlaceBatchAsync(new BatchPlaceOrdersRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay,
            Orders = [new BatchOrderItem { PositionSide = PositionSide.Long, Action = OrderAction.Open, Size = 0.1m }, new BatchOrderItem { PositionSide = PositionSide.Short, Action = OrderAction.Open, Size = 0.1m }],
        }));

        var sent = Body(handler, "/api/v2/mix/order/batch-place-order").GetProperty("orderList").EnumerateArray().Select(i => i.GetProperty("clientOid").GetString()!).ToList();
        Assert.Equal(2, sent.Distinct().Count());
        Assert.Equal(sent, ex.ClientOids);
    }

    [Fact]
    public async Task V2Modify_ReplyLostAndNotFound_OutcomeUnknownCarryingTheGeneratedNewClientOid()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Always("/api/v2/mix/order/modify-order", HttpStatusCode.BadGateway, BadGateway)
            .KnowsNoOrders();
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => time.RunAsync(client.Orders.ModifyAsync(new ModifyOrderRequest
        {
            Symbol = "BTCUSDT", Order = OrderReference.ById("123"), NewSize = 0.2m, NewPrice = 59_000m,
        })));

        Assert.Equal(Body(handler, "/api/v2/mix/order/modify-order").GetProperty("newClientOid").GetString(), ex.ClientOid);
        Assert.Single(handler.To("/api/v2/mix/order/modify-order"));
    }

    [Fact]
    public async Task V2PositionTpsl_ReplyLost_OutcomeUnknownCarryingBothGeneratedClientOids()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/place-pos-tpsl", HttpStatusCode.BadGateway, BadGateway);
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => client.Orders.PlacePositionTpslAsync(new PositionTpslRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.Hedge, PositionSide = PositionSide.Long, TakeProfitTriggerPrice = 70_000m, StopLossTriggerPrice = 55_000m,
        }));

        var body = Body(handler, "/api/v2/mix/order/place-pos-tpsl");
        Assert.Equal([body.GetProperty("stopSurplusClientOid").GetString()!, body.GetProperty("stopLossClientOid").GetString()!], ex.ClientOids);
    }

    [Fact]
    public async Task V2Tpsl_ReplyLostAndNoPendingPlan_OutcomeUnknownCarryingTheGeneratedClientOid()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Always("/api/v2/mix/order/place-tpsl-order", HttpStatusCode.BadGateway, BadGateway)
            .Always("/api/v2/mix/order/orders-plan-pending", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"entrustedList":null,"endId":null}"""));
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => time.RunAsync(client.Orders.PlaceTpslAsync(new TpslOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Long, PlanType = TpslPlanType.PositionLoss, TriggerPrice = 55_000m,
        })));

        Assert.Equal(Body(handler, "/api/v2/mix/order/place-tpsl-order").GetProperty("clientOid").GetString(), ex.ClientOid);
        Assert.Equal(3, handler.To("/api/v2/mix/order/orders-plan-pending").Count);
    }

    [Fact]
    public async Task V3Batch_ReplyLost_OutcomeUnknownCarryingEveryGeneratedClientOid()
    {
        var handler = new FakeBitgetHandler().Always("/api/v3/trade/place-batch", HttpStatusCode.BadGateway, BadGateway);
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => client.Unified.Orders.PlaceBatchAsync(
            [new UnifiedPlaceOrderRequest { Symbol = "BTCUSDT", HoldMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Open, Quantity = 0.1m }]));

        Assert.Equal([Body(handler, "/api/v3/trade/place-batch")[0].GetProperty("clientOid").GetString()!], ex.ClientOids);
    }

    [Fact]
    public async Task V3Strategy_ReplyLostAndNotOpen_OutcomeUnknownCarryingTheGeneratedClientOid()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Always("/api/v3/trade/place-strategy-order", HttpStatusCode.BadGateway, BadGateway)
            .Always("/api/v3/trade/unfilled-strategy-orders", HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => time.RunAsync(client.Unified.Orders.PlaceTpslAsync(new UnifiedTpslRequest
        {
            Symbol = "BTCUSDT", PositionSide = PositionSide.Long, StopLoss = 55_000m,
        })));

        Assert.Equal(Body(handler, "/api/v3/trade/place-strategy-order").GetProperty("clientOid").GetString(), ex.ClientOid);
        Assert.Single(handler.To("/api/v3/trade/place-strategy-order"));
    }

    private static JsonElement Body(FakeBitgetHandler handler, string path) =>
        JsonDocument.Parse(Assert.Single(handler.To(path)).Body!).RootElement.Clone();
}
