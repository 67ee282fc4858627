using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientMode = Bitget.Client.Trading.PositionMode;
using ClientSide = Bitget.Client.Trading.PositionSide;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// Flash close and stop-loss act on the live position read right before sending: a stale mode from the caller never
/// decides the encoding, and a stop-loss whose reply is lost is found among the plan orders by clientOid.
/// </summary>
public sealed class LiveModeTests
{
    private const string Btc = "BTCUSDT";

    public static TheoryData<ClientKind> Kinds => new() { ClientKind.Classic, ClientKind.Unified };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FlashClose_CallerThinksOneWayButTheAccountIsHedge_ClosesOnlyThatSide(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, ClientMode.Hedge);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        sim.Seed(Btc, ClientSide.Short, 0.4m, 60_000m);
        var port = sim.CreatePort(kind);

        await port.ClosePositionAsync(Btc, ClientSide.Long, ClientMode.OneWay);

        Assert.Null(sim.Position(Btc, ClientSide.Long));
        Assert.Equal(0.4m, sim.Position(Btc, ClientSide.Short)?.Size);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopLoss_CallerThinksHedgeButTheAccountIsOneWay_PlacedForTheLivePosition(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, ClientMode.OneWay);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);

        var planId = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.Hedge, 57_000m, "sl-stale"));

        var plan = Assert.Single(sim.Simulator.Exchange.PlanOrders(sim.ApiKey));
        Assert.Equal((planId, "sl-stale", Simulator.Accounts.PositionSide.Long), (plan.OrderId, plan.ClientOid, plan.PositionSide));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopLoss_ReplyLostAfterTheExchangeAccepted_FoundByClientOidAndPlacedExactlyOnce(ClientKind kind)
    {
        var wire = new InFlightCounter();
        await using var sim = await SimulatedPort.StartAsync(kind, ClientMode.Hedge, primaryHandler: wire);
        sim.Seed(Btc, ClientSide.Short, 0.5m, 60_000m);
        var path = kind == ClientKind.Classic ? "/api/v2/mix/order/place-tpsl-order" : "/api/v3/trade/place-strategy-order";
        sim.Simulator.Faults.LoseResponse(path, times: 1);
        var port = sim.CreatePort(kind);

        var planId = await RunAsync(sim, wire, port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Short, ClientMode.Hedge, 63_000m, "sl-lost")));

        var plan = Assert.Single(sim.Simulator.Exchange.PlanOrders(sim.ApiKey));
        Assert.Equal((planId, "sl-lost"), (plan.OrderId, plan.ClientOid));
        Assert.Equal(1, sim.Simulator.Requests.Count(path));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopLoss_SameClientOidAgain_ReturnsTheExistingPlanWithoutSending(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var path = kind == ClientKind.Classic ? "/api/v2/mix/order/place-tpsl-order" : "/api/v3/trade/place-strategy-order";
        var port = sim.CreatePort(kind);
        var first = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "sl-twice"));

        var second = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "sl-twice"));

        Assert.Equal(first, second);
        Assert.Single(sim.Simulator.Exchange.PlanOrders(sim.ApiKey));
        Assert.Equal(1, sim.Simulator.Requests.Count(path));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopLoss_NoPositionOnThatSide_RefusedAndNothingSent(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        var path = kind == ClientKind.Classic ? "/api/v2/mix/order/place-tpsl-order" : "/api/v3/trade/place-strategy-order";
        var port = sim.CreatePort(kind);

        await Assert.ThrowsAsync<NoPositionToReduceException>(() => port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "sl-none")));

        Assert.Equal(0, sim.Simulator.Requests.Count(path));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopLoss_ReplyLostAndNeverFound_OutcomeUnknownCarryingTheClientOid(ClientKind kind)
    {
        var wire = new InFlightCounter();
        await using var sim = await SimulatedPort.StartAsync(kind, primaryHandler: wire);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var path = kind == ClientKind.Classic ? "/api/v2/mix/order/place-tpsl-order" : "/api/v3/trade/place-strategy-order";
        sim.Simulator.Faults.Timeout(path, times: 1);
        var port = sim.CreatePort(kind);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => RunAsync(sim, wire, port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "sl-unknown"))));

        Assert.Equal("sl-unknown", ex.ClientOid);
        Assert.Empty(sim.Simulator.Exchange.PlanOrders(sim.ApiKey));
    }

    /// <summary>
    /// Moves the shared fake clock only while no request is on the wire (except those the simulator holds on purpose),
    /// checked twice a real millisecond apart, so no request is stamped with a time that moved under it.
    /// </summary>
    private static async Task<T> RunAsync<T>(SimulatedPort sim, InFlightCounter wire, Task<T> task)
    {
        var deadline = sim.Time.GetUtcNow() + TimeSpan.FromMinutes(10);
        while (!task.IsCompleted)
        {
            var seen = sim.Simulator.Requests.All.Count;
            await Task.WhenAny(task, Task.Delay(1));
            if (wire.InFlight <= sim.Simulator.Faults.Holding && sim.Simulator.Requests.All.Count == seen && !task.IsCompleted)
            {
                Assert.True(sim.Time.GetUtcNow() < deadline, "the port did not finish within 10 simulated minutes");
                sim.Time.Advance(TimeSpan.FromMilliseconds(50));
            }
        }

        // A dropped request is recorded only after the client has seen the reset: count once every record landed.
        for (var wait = 0; sim.Simulator.Requests.Pending > 0; wait++)
        {
            Assert.True(wait < 10_000, "the simulator did not record its requests");
            await Task.Delay(1);
        }

        return await task;
    }
}
