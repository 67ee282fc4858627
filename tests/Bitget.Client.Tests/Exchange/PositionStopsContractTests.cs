using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientMode = Bitget.Client.Trading.PositionMode;
using ClientSide = Bitget.Client.Trading.PositionSide;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Bitget.Client.Tests.Exchange;

/// <summary>Listing and cancelling a position's pending stops, against the classic (v2) and the unified (v3) adapter on the simulator.</summary>
public sealed class PositionStopsContractTests
{
    private const string Btc = "BTCUSDT";

    [Theory]
    [MemberData(nameof(ExchangePortContractTests.KindsModesSides), MemberType = typeof(ExchangePortContractTests))]
    public async Task GetPositionStops_ListsThePlacedStopWithItsSideTriggerAndClientOid_AsWholePosition_AndNoTakeProfit(ClientKind kind, ClientMode mode, ClientSide side)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, mode);
        sim.Seed(Btc, side, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);
        var trigger = side == ClientSide.Long ? 57_000m : 63_000m;
        var planId = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, side, mode, trigger, "stop-1"));
        var simSide = side == ClientSide.Long ? SimSide.Long : SimSide.Short;
        sim.Simulator.Exchange.PlacePlan(sim.ApiKey, new PlanRequest(Btc, PlanType.PositionProfit, simSide, side == ClientSide.Long ? 70_000m : 50_000m, true, null, "tp-1"));

        var stops = await port.GetPositionStopsAsync(Btc);

        var stop = Assert.Single(stops);
        Assert.Equal((planId, "stop-1", Btc, side, trigger), (stop.OrderId, stop.ClientOid, stop.Symbol, stop.Side, stop.TriggerPrice));
        Assert.True(stop.WholePosition);
    }

    [Theory]
    [MemberData(nameof(ExchangePortContractTests.Kinds), MemberType = typeof(ExchangePortContractTests))]
    public async Task GetPositionStops_OfAnotherSymbol_ListsNothing(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);
        await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "stop-btc"));

        Assert.Empty(await port.GetPositionStopsAsync("ETHUSDT"));
        Assert.Single(await port.GetPositionStopsAsync());
    }

    [Theory]
    [MemberData(nameof(ExchangePortContractTests.Kinds), MemberType = typeof(ExchangePortContractTests))]
    public async Task CancelPositionStop_CancelsThatStopOnly_AndACancelOfOneAlreadyGoneReturnsFalse(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, ClientMode.Hedge);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        sim.Seed(Btc, ClientSide.Short, 0.4m, 60_000m);
        var port = sim.CreatePort(kind);
        var longStop = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.Hedge, 57_000m, "stop-long"));
        await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Short, ClientMode.Hedge, 63_000m, "stop-short"));

        var first = await port.CancelPositionStopAsync(Btc, longStop);
        var again = await port.CancelPositionStopAsync(Btc, longStop);

        Assert.True(first);
        Assert.False(again);
        var left = Assert.Single(await port.GetPositionStopsAsync(Btc));
        Assert.Equal(("stop-short", ClientSide.Short), (left.ClientOid, left.Side));
        Assert.Equal(PlanStatus.Canceled, sim.Simulator.Exchange.PlanOrders(sim.ApiKey).Single(p => p.OrderId == longStop).Status);
    }

    [Theory]
    [MemberData(nameof(ExchangePortContractTests.Kinds), MemberType = typeof(ExchangePortContractTests))]
    public async Task CancelPositionStop_ThePositionFallsThroughNoStopAfterwards_ThePositionStaysOpen(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);
        var stop = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "stop-gone"));

        await port.CancelPositionStopAsync(Btc, stop);
        sim.Simulator.Prices.Set(Btc, 56_000m);

        Assert.Equal(0.5m, sim.Position(Btc, ClientSide.Long)!.Size);
    }

    [Theory]
    [MemberData(nameof(ExchangePortContractTests.Kinds), MemberType = typeof(ExchangePortContractTests))]
    public async Task SetPositionStopLoss_ReplacingTheStopOfTheSide_LeavesOneStopAtTheNewTrigger(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);
        var first = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "stop-first"));

        var moved = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 58_500m, "stop-moved", Replaces: first));

        var live = Assert.Single(sim.Simulator.Exchange.PlanOrders(sim.ApiKey), p => p.Status == PlanStatus.Live);
        Assert.Equal((moved, 58_500m), (live.OrderId, live.TriggerPrice));
        // v3 moves the stop in place (modify-strategy-order); v2's whole-position stop replaces the old one.
        Assert.Equal(kind == ClientKind.Unified, moved == first);
    }

    [Fact]
    public async Task SetPositionStopLoss_UnifiedMoveReplyLost_ReadsTheStopBack_AndReturnsItsId()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Unified);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(ClientKind.Unified);
        var first = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "stop-first"));
        sim.Simulator.Faults.LoseResponse("/api/v3/trade/modify-strategy-order", times: 1);

        var moved = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 58_500m, "stop-moved", Replaces: first));

        Assert.Equal(first, moved);
        Assert.Equal(58_500m, Assert.Single(sim.Simulator.Exchange.PlanOrders(sim.ApiKey)).TriggerPrice);
    }

    [Fact]
    public async Task SetPositionStopLoss_UnifiedStopToReplaceIsGone_PlacesANewOne()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Unified);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(ClientKind.Unified);
        var first = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 57_000m, "stop-first"));
        await port.CancelPositionStopAsync(Btc, first);

        var placed = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, ClientSide.Long, ClientMode.OneWay, 58_500m, "stop-again", Replaces: first));

        var live = Assert.Single(sim.Simulator.Exchange.PlanOrders(sim.ApiKey), p => p.Status == PlanStatus.Live);
        Assert.Equal((placed, "stop-again", 58_500m), (live.OrderId, live.ClientOid, live.TriggerPrice));
    }

}
