using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V3.Orders;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimSide = Bitget.Simulator.Accounts.PositionSide;
using Side = Bitget.Client.Trading.PositionSide;

namespace Bitget.Client.Tests.V3;

/// <summary>The same fault guarantees on the v3 (unified account) API.</summary>
public sealed class V3FaultTests : IAsyncLifetime
{
    private const string PlaceOrder = "/api/v3/trade/place-order";
    private const string OrderInfo = "/api/v3/trade/order-info";
    private const string CurrentPosition = "/api/v3/position/current-position";
    private const string Tickers = "/api/v3/market/tickers";
    private SimulatedBitget _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatedBitget.StartAsync(o => o.Accounts[0].Kind = SimKind.Unified);
        _h.Sim.Prices.Set("BTCUSDT", 60_000m);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [MemberData(nameof(FaultCase.Unprocessed), MemberType = typeof(FaultCase))]
    [MemberData(nameof(FaultCase.LostResponse), MemberType = typeof(FaultCase))]
    public async Task CurrentPosition_TwoFaultsInARow_RetriedUntilTheRealPositionArrives(string fault)
    {
        _h.Sim.SeedPosition("BTCUSDT", SimSide.Short, 0.3m, 60_000m);
        FaultCase.Inject(_h.Sim.Faults, fault, CurrentPosition, times: 2);

        var positions = await _h.RunAsync(c => c.Unified.Positions.GetCurrentAsync());

        var position = Assert.Single(positions);
        Assert.Equal(("BTCUSDT", Side.Short, 0.3m), (position.Symbol, position.PositionSide!.Value, position.Total));
        var attempts = _h.Sim.Requests.For(CurrentPosition);
        Assert.Equal(3, attempts.Count);
        Assert.Equal((200, null), (attempts[2].Status, attempts[2].Fault));
    }

    [Theory]
    [MemberData(nameof(FaultCase.Unprocessed), MemberType = typeof(FaultCase))]
    public async Task Tickers_OneFault_RetriedAndShowsTheSimulatorsPrice(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, Tickers, times: 1);

        var tickers = await _h.RunAsync(c => c.Unified.Market.GetTickersAsync(symbol: "BTCUSDT"));

        Assert.Equal(60_000m, Assert.Single(tickers).LastPrice);
        Assert.Equal(2, _h.Sim.Requests.Count(Tickers));
    }

    [Theory]
    [MemberData(nameof(FaultCase.LostResponse), MemberType = typeof(FaultCase))]
    public async Task PlaceOrder_AcceptedButReplyLost_FoundByClientOidAndNeverResent(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, PlaceOrder, times: 1);

        var ack = await _h.RunAsync(c => c.Unified.Orders.PlaceAsync(OpenLong("v3lost-" + fault.Split(':')[1])));

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
        var clientOid = "v3never-" + fault;

        var ack = await _h.RunAsync(c => c.Unified.Orders.PlaceAsync(OpenLong(clientOid)));

        var order = Assert.Single(_h.Sim.OrdersWithClientOid(clientOid));
        Assert.Equal(order.OrderId, ack.OrderId);
        Assert.Equal(2, _h.Sim.Requests.Count(PlaceOrder));
        AssertLongOf(0.01m);
    }

    [Theory]
    [MemberData(nameof(FaultCase.Ambiguous), MemberType = typeof(FaultCase))]
    public async Task PlaceOrder_NeverReachedTheBookButLooksLikeALostReply_OutcomeUnknownAndNeverResent(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, PlaceOrder, times: 1);
        var clientOid = "v3amb-" + fault;

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _h.RunAsync(c => c.Unified.Orders.PlaceAsync(OpenLong(clientOid))));

        Assert.Equal(clientOid, ex.ClientOid);
        Assert.Empty(_h.Sim.OrdersWithClientOid(clientOid));
        Assert.Equal(1, _h.Sim.Requests.Count(PlaceOrder));
        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
    }

    [Fact]
    public async Task PlaceOrder_ReplyLostAndLookupFailing_OutcomeUnknownAndNothingMoreIsPlaced()
    {
        _h.Sim.Faults.LoseResponse(PlaceOrder, times: 1);
        _h.Sim.Faults.ServerError(OrderInfo, times: null);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _h.RunAsync(c => c.Unified.Orders.PlaceAsync(OpenLong(null))));

        Assert.Single(_h.Sim.OrdersWithClientOid(ex.ClientOid));
        Assert.Equal(1, _h.Sim.Requests.Count(PlaceOrder));
        AssertLongOf(0.01m);
    }

    [Fact]
    public async Task PlaceOrder_ChosenClientOidAndLookupFailing_NothingPlaced()
    {
        _h.Sim.Faults.ServerError(OrderInfo, times: null);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => _h.RunAsync(c => c.Unified.Orders.PlaceAsync(OpenLong("v3nolookup"))));

        Assert.Equal(BitgetErrorKind.ServerError, ex.Kind);
        Assert.Equal(0, _h.Sim.Requests.Count(PlaceOrder));
        Assert.Empty(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
    }

    [Fact]
    public async Task PlaceOrder_SameClientOidAfterTheFirstFilled_ReturnsTheFirstOrderInsteadOfASecond()
    {
        var first = await _h.RunAsync(c => c.Unified.Orders.PlaceAsync(OpenLong("v3twice")));

        var second = await _h.RunAsync(c => c.Unified.Orders.PlaceAsync(OpenLong("v3twice")));

        Assert.Equal(first.OrderId, second.OrderId);
        Assert.Single(_h.Sim.OrdersWithClientOid("v3twice"));
        AssertLongOf(0.01m);
    }

    private static UnifiedPlaceOrderRequest OpenLong(string? clientOid) => new()
    {
        Symbol = "BTCUSDT",
        HoldMode = PositionMode.OneWay,
        PositionSide = Side.Long,
        Action = OrderAction.Open,
        Quantity = 0.01m,
        ClientOid = clientOid,
    };

    private void AssertLongOf(decimal size)
    {
        var position = Assert.Single(_h.Sim.Exchange.Positions(_h.Sim.ApiKey));
        Assert.Equal((SimSide.Long, size), (position.Side, position.Size));
    }
}
