using Bitget.Client.Streams;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Streams;
using Bitget.Simulator.Faults;
using SimOrders = Bitget.Simulator.Orders;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Bitget.Client.Tests.V2.Streams;

/// <summary>
/// Private v2 channels against the simulator: login, REST resync on every (re)subscription, and the guarantee that no
/// order change is lost or delivered twice across a dropped connection (checked against the simulator's orders).
/// </summary>
public sealed class PrivateStreamTests : IAsyncLifetime
{
    private StreamRig _rig = null!;

    public async Task InitializeAsync()
    {
        _rig = await StreamRig.StartAsync();
        _rig.Sim.Prices.Set("BTCUSDT", 60_000m);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Orders_AfterLogin_ResyncedFirstThenEveryChangePushed()
    {
        await using var orders = await _rig.Streams.Classic.SubscribeOrdersAsync();
        var first = await StreamRig.NextAsync(orders);

        var placed = _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Buy));
        var update = await StreamRig.NextMatchingAsync(orders, u => u.Kind == StreamUpdateKind.Snapshot);

        Assert.Equal((StreamUpdateKind.Resynced, 0), (first.Kind, first.Items.Count));
        var order = Assert.Single(update.Items);
        Assert.Equal((placed.OrderId, OrderStatus.Filled, 0.01m), (order.OrderId, order.Status, order.FilledSize!.Value));
        Assert.Equal(1, _rig.Count(StreamEventKind.LoggedIn));
    }

    [Fact]
    public async Task Orders_ConnectionDroppedWhileOrdersChange_EveryFinalStateSeenAndNoUpdateTwice()
    {
        await using var orders = await _rig.Streams.Classic.SubscribeOrdersAsync();
        var seen = new List<StreamUpdate<ClassicStreamOrder>> { await StreamRig.NextAsync(orders) };
        var resting = _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Limit(50_000m));
        seen.Add(await StreamRig.NextAsync(orders));

        _rig.Sim.Faults.Stream(FaultKind.StreamDrop, "/v2/ws/private");
        _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Buy));
        await _rig.UntilEventAsync(StreamEventKind.Disconnected);
        _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Buy, 0.02m));
        _rig.Sim.Exchange.CancelOrder(_rig.Sim.ApiKey, resting.OrderId, null);
        await _rig.ReconnectAsync();
        seen.Add(await StreamRig.NextMatchingAsync(orders, u => u.Kind == StreamUpdateKind.Resynced));
        var after = _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Sell));
        seen.Add(await StreamRig.NextMatchingAsync(orders, u => u.Items.Any(o => o.OrderId == after.OrderId)));

        var finalView = new Dictionary<string, OrderStatus>();
        foreach (var item in seen.SelectMany(u => u.Items))
        {
            finalView[item.OrderId] = item.Status;
        }

        var truth = _rig.Sim.Exchange.Orders(_rig.Sim.ApiKey);
        Assert.Equal(4, truth.Count);
        Assert.All(truth, o => Assert.Equal(o.Status.ToString(), finalView[o.OrderId].ToString()));
        var pushed = seen.Where(u => u.Kind != StreamUpdateKind.Resynced).SelectMany(u => u.Items).Select(o => (o.OrderId, o.Status)).ToList();
        Assert.Equal(pushed.Count, pushed.Distinct().Count());
        Assert.Contains(_rig.Sim.Streams.Record(_rig.Sim.ApiKey), r => r.Item == resting.OrderId && r.State == "Live");
    }

    [Fact]
    public async Task Login_RefusedOnce_ReportedWithTheCodeThenRetriedAfterBackoff()
    {
        _rig.Sim.Faults.Stream(FaultKind.StreamRefuseLogin, "/v2/ws/private");

        await using var positions = await _rig.Streams.Classic.SubscribePositionsAsync();
        await _rig.ReconnectAsync();
        var first = await StreamRig.NextMatchingAsync(positions, u => u.Kind == StreamUpdateKind.Resynced);

        var refusal = Assert.IsType<BitgetStreamException>(_rig.Events.First(e => e.Kind == StreamEventKind.Error).Error);
        Assert.Equal("30005", refusal.Code);
        Assert.Equal(1, _rig.Count(StreamEventKind.LoggedIn));
        Assert.Empty(first.Items);
    }

    [Fact]
    public async Task Positions_SeededAndPriceSteps_PushedWithUnrealizedPnl()
    {
        await using var positions = await _rig.Streams.Classic.SubscribePositionsAsync();
        await StreamRig.NextMatchingAsync(positions, u => u.Kind == StreamUpdateKind.Resynced);

        _rig.Sim.SeedPosition("BTCUSDT", SimSide.Long, 0.5m, 60_000m);
        await StreamRig.NextMatchingAsync(positions, u => u.Items.Any(p => p.Total == 0.5m));
        _rig.Sim.Prices.Set("BTCUSDT", 59_000m);
        var moved = await StreamRig.NextMatchingAsync(positions, u => u.Items.Any(p => p.MarkPrice == 59_000m));

        Assert.Equal(-500m, Assert.Single(moved.Items).UnrealizedPnl);
    }

    [Fact]
    public async Task Orders_ConsumerFallsBehind_BufferNeverExceedsCapacityAndAResyncCarriesEveryOrder()
    {
        await using var rig = await StreamRig.StartAsync(streams: o => o.PrivateBufferCapacity = 4);
        rig.Sim.Prices.Set("BTCUSDT", 60_000m);
        await using var orders = await rig.Streams.Classic.SubscribeOrdersAsync();
        await StreamRig.NextAsync(orders);

        var placed = new List<SimOrders.OrderSnapshot>();
        for (var i = 0; i < 12; i++)
        {
            // One push per order: wait until the simulator has sent it before placing the next.
            placed.Add(rig.Sim.Exchange.PlaceOrder(rig.Sim.ApiKey, BtcOrders.Market(i % 2 == 0 ? SimOrders.OrderSide.Buy : SimOrders.OrderSide.Sell)));
            await StreamRig.UntilAsync(() => rig.Sim.Streams.Record(rig.Sim.ApiKey).Count(r => r.Channel == "orders") > i, "the order push");
        }

        await rig.UntilEventAsync(StreamEventKind.BufferFull);
        await rig.UntilEventAsync(StreamEventKind.Resynced, 2);

        Assert.InRange(orders.Buffered, 0, orders.Capacity);
        Assert.True(orders.Overflows >= 1);
        var known = new HashSet<string>();
        while (!placed.All(p => known.Contains(p.OrderId)))
        {
            // State since the newest resync: the resync's rows plus every push after it.
            var update = await StreamRig.NextAsync(orders);
            if (update.Kind == StreamUpdateKind.Resynced)
            {
                known.Clear();
            }

            known.UnionWith(update.Items.Select(o => o.OrderId));
        }

        Assert.All(placed, p => Assert.Contains(p.OrderId, known));
    }
}
