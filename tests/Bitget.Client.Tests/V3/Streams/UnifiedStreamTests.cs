using Bitget.Client.Streams;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V3.Streams;
using Bitget.Simulator.Faults;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimOrders = Bitget.Simulator.Orders;

namespace Bitget.Client.Tests.V3.Streams;

/// <summary>Private v3 (UTA) topics against the simulator: the same guarantees as v2 with v3's names and REST resync.</summary>
public sealed class UnifiedStreamTests : IAsyncLifetime
{
    private StreamRig _rig = null!;

    public async Task InitializeAsync()
    {
        _rig = await StreamRig.StartAsync(o => o.Accounts[0].Kind = SimKind.Unified);
        _rig.Sim.Prices.Set("BTCUSDT", 60_000m);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Orders_ConnectionDroppedWhileOrdersChange_EveryFinalStateSeen()
    {
        await using var orders = await _rig.Streams.Unified.SubscribeOrdersAsync();
        var seen = new List<StreamUpdate<UnifiedStreamOrder>> { await StreamRig.NextAsync(orders) };
        var resting = _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Limit(50_000m));
        seen.Add(await StreamRig.NextAsync(orders));

        _rig.Sim.Faults.Stream(FaultKind.StreamDrop, "/v3/ws/private");
        _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Buy));
        await _rig.UntilEventAsync(StreamEventKind.Disconnected);
        _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Buy, 0.02m));
        _rig.Sim.Exchange.CancelOrder(_rig.Sim.ApiKey, resting.OrderId, null);
        await _rig.ReconnectAsync();
        seen.Add(await StreamRig.NextMatchingAsync(orders, u => u.Kind == StreamUpdateKind.Resynced));

        var finalView = seen.SelectMany(u => u.Items).GroupBy(o => o.OrderId).ToDictionary(g => g.Key, g => g.Last().Status);
        var truth = _rig.Sim.Exchange.Orders(_rig.Sim.ApiKey);
        Assert.Equal(3, truth.Count);
        Assert.All(truth, o => Assert.Equal(o.Status.ToString(), finalView[o.OrderId].ToString()));
        Assert.Equal(OrderStatus.Canceled, finalView[resting.OrderId]);
    }

    [Fact]
    public async Task PositionAndAccount_OnOneLogin_PushedOnChange()
    {
        await using var positions = await _rig.Streams.Unified.SubscribePositionsAsync();
        await using var account = await _rig.Streams.Unified.SubscribeAccountAsync();
        await StreamRig.NextMatchingAsync(positions, u => u.Kind == StreamUpdateKind.Resynced);

        _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Buy, 0.1m));
        var opened = await StreamRig.NextMatchingAsync(positions, u => u.Items.Any(p => p.Size == 0.1m));
        _rig.Sim.Exchange.PlaceOrder(_rig.Sim.ApiKey, BtcOrders.Market(SimOrders.OrderSide.Sell, 0.1m));
        var ended = await StreamRig.NextMatchingAsync(positions, u => u.Items.Any(p => p.PositionStatus == "ended"));
        var balance = await StreamRig.NextMatchingAsync(account, u => u.Kind != StreamUpdateKind.Resynced);

        Assert.Equal(60_000m, opened.Items[0].AveragePrice);
        Assert.Equal(0m, ended.Items.Single(p => p.PositionStatus == "ended").Size);
        Assert.Equal("USDT", Assert.Single(balance.Items).Coins[0].Coin);
        Assert.Equal(1, _rig.Count(StreamEventKind.LoggedIn));
    }

    [Fact]
    public async Task ClassicKeyOnV3Socket_LoginRefused()
    {
        await using var rig = await StreamRig.StartAsync();

        await using var orders = await rig.Streams.Unified.SubscribeOrdersAsync();
        await rig.UntilEventAsync(StreamEventKind.Error);

        Assert.Equal("30005", Assert.IsType<BitgetStreamException>(rig.Events.First(e => e.Kind == StreamEventKind.Error).Error).Code);
        Assert.Equal(0, rig.Count(StreamEventKind.LoggedIn));
    }
}
