using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Bitget.Client.Tests.V2.Orders;

/// <summary>v2 place-order through every simulator fault: the account ends up with exactly one order, never two.</summary>
public sealed class V2OrderFaultTests : IAsyncLifetime
{
    private const string PlaceOrder = "/api/v2/mix/order/place-order";
    private const string Detail = "/api/v2/mix/order/detail";
    private SimulatedBitget _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatedBitget.StartAsync();
        _h.Sim.Prices.Set("BTCUSDT", 60_000m);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [MemberData(nameof(FaultCase.LostResponse), MemberType = typeof(FaultCase))]
    public async Task PlaceOrder_AcceptedButReplyLost_FoundByClientOidAndNeverResent(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, PlaceOrder, times: 1);

        var ack = await _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong("lost-" + fault.Split(':')[1])));

        var order = Assert.Single(_h.Sim.OrdersWithClientOid(ack.ClientOid!));
        Assert.Equal(order.OrderId, ack.OrderId);
        Assert.Equal(1, _h.Sim.Requests.Count(PlaceOrder));
        AssertLongOf(0.01m);
    }

    [Theory]
    [MemberData(nameof(FaultCase.ProvablyRefused), MemberType = typeof(FaultCase))]
    public async Task PlaceOrder_ProvablyRefused_PlacedExactlyOnce(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, PlaceOrder, times: 1);
        var clientOid = "never-" + fault;

        var ack = await _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong(clientOid)));

        var order = Assert.Single(_h.Sim.OrdersWithClientOid(clientOid));
        Assert.Equal((order.OrderId, clientOid), (ack.OrderId, ack.ClientOid));
        Assert.Equal(2, _h.Sim.Requests.Count(PlaceOrder));
        AssertLongOf(0.01m);
    }

    [Theory]
    [MemberData(nameof(FaultCase.Ambiguous), MemberType = typeof(FaultCase))]
    public async Task PlaceOrder_NeverReachedTheBookButLooksLikeALostReply_OutcomeUnknownAndNeverResent(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, PlaceOrder, times: 1);
        var clientOid = "amb-" + fault;

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong(clientOid))));

        Assert.Equal(clientOid, ex.ClientOid);
        Assert.Empty(_h.Sim.OrdersWithClientOid(clientOid));
        Assert.Equal(1, _h.Sim.Requests.Count(PlaceOrder));
        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
    }

    [Fact]
    public async Task PlaceOrder_ReplyLostAndLookupFailing_OutcomeUnknownAndNothingMoreIsPlaced()
    {
        _h.Sim.Faults.LoseResponse(PlaceOrder, times: 1);
        _h.Sim.Faults.ServerError(Detail, times: null);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong(clientOid: null))));

        Assert.Single(_h.Sim.OrdersWithClientOid(ex.ClientOid));
        Assert.Equal(1, _h.Sim.Requests.Count(PlaceOrder));
        AssertLongOf(0.01m);
    }

    [Fact]
    public async Task PlaceOrder_NeverReceivedAndLookupFailing_OutcomeUnknownAndNoOrderAtAll()
    {
        _h.Sim.Faults.Timeout(PlaceOrder, times: 1);
        _h.Sim.Faults.DropConnection(Detail, times: null);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong(clientOid: null))));

        Assert.False(string.IsNullOrEmpty(ex.ClientOid));
        Assert.Empty(_h.Sim.OrdersWithClientOid(ex.ClientOid));
        Assert.Equal(1, _h.Sim.Requests.Count(PlaceOrder));
        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
    }

    [Fact]
    public async Task PlaceOrder_SameClientOidTwice_SecondCallReturnsTheFirstOrderInsteadOfASecond()
    {
        var first = await _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong("twice-1")));

        var second = await _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong("twice-1")));

        Assert.Equal(first.OrderId, second.OrderId);
        Assert.Single(_h.Sim.OrdersWithClientOid("twice-1"));
        AssertLongOf(0.01m);
    }

    [Fact]
    public async Task ClosePosition_ReplyLost_PositionClosedOnceAndNoShortOpened()
    {
        _h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 0.02m, 60_000m);
        _h.Sim.Faults.LoseResponse(PlaceOrder, times: 1, Simulator.Faults.LostResponseMode.ServerError);

        await _h.RunAsync(c => c.Orders.PlaceAsync(OpenLong("close-lost") with { Action = OrderAction.Close, Size = 0.02m }));

        Assert.Single(_h.Sim.OrdersWithClientOid("close-lost"));
        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
    }

    private static PlaceOrderRequest OpenLong(string? clientOid) => new()
    {
        Symbol = "BTCUSDT",
        MarginCoin = "USDT",
        PositionMode = PositionMode.OneWay,
        PositionSide = PositionSide.Long,
        Action = OrderAction.Open,
        Size = 0.01m,
        ClientOid = clientOid,
    };

    private void AssertLongOf(decimal size)
    {
        var position = Assert.Single(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
        Assert.Equal((SimSide.Long, size), (position.Side, position.Size));
    }
}
