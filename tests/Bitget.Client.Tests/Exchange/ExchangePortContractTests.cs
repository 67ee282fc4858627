using Bitget.Client.Exchange;
using Bitget.Client.Tests.Support;
using Bitget.Simulator.Faults;
using Bitget.Simulator.Orders;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientMode = Bitget.Client.Trading.PositionMode;
using ClientSide = Bitget.Client.Trading.PositionSide;
using ExchangeOrderStatus = Bitget.Client.Trading.ExchangeOrderStatus;
using MarginMode = Bitget.Client.Trading.MarginMode;
using NoPositionToReduceException = Bitget.Client.Trading.NoPositionToReduceException;
using OrderSizeBelowMinimumException = Bitget.Client.Trading.OrderSizeBelowMinimumException;
using ReduceOrderRequest = Bitget.Client.Trading.ReduceOrderRequest;
using StopLossRequest = Bitget.Client.Trading.StopLossRequest;

namespace Bitget.Client.Tests.Exchange;

/// <summary>One set of scenarios, run against the classic (v2) and the unified (v3) adapter on the simulator over loopback.</summary>
public sealed class ExchangePortContractTests
{
    private const string Btc = "BTCUSDT";

    public static TheoryData<ClientKind> Kinds => new() { ClientKind.Classic, ClientKind.Unified };

    public static TheoryData<ClientKind, ClientMode, ClientSide> KindsModesSides
    {
        get
        {
            var data = new TheoryData<ClientKind, ClientMode, ClientSide>();
            foreach (var kind in new[] { ClientKind.Classic, ClientKind.Unified })
            {
                foreach (var mode in new[] { ClientMode.OneWay, ClientMode.Hedge })
                {
                    data.Add(kind, mode, ClientSide.Long);
                    data.Add(kind, mode, ClientSide.Short);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Snapshot_ReadsSeededPositionAccountAndTickers(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        sim.Simulator.Prices.Set(Btc, 61_000m);
        var port = sim.CreatePort(kind);

        var snapshot = await port.GetSnapshotAsync();

        var expected = sim.Simulator.Exchange.Account(sim.ApiKey);
        var seeded = sim.Position(Btc, ClientSide.Long)!;
        Assert.Equal(kind, port.AccountKind);
        Assert.Equal(61_000m, snapshot.Tickers.Single(t => t.Symbol == Btc).LastPrice);
        Assert.Equal(3_000m, snapshot.Tickers.Single(t => t.Symbol == "ETHUSDT").LastPrice);
        var position = Assert.Single(snapshot.Positions);
        Assert.Equal((Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed), (position.Symbol, position.Side, position.Mode, position.MarginMode));
        Assert.Equal((0.5m, 60_000m, 61_000m, 500m), (position.Size, position.EntryPrice, position.MarkPrice, position.UnrealizedPnl));
        Assert.Equal(seeded.Margin, position.Margin);
        Assert.Equal(seeded.LiquidationPrice > 0 ? seeded.LiquidationPrice : null, position.LiquidationPrice);
        Assert.Equal("USDT", snapshot.Account.MarginCoin);
        Assert.Equal((expected.Equity, expected.Available, 500m), (snapshot.Account.Equity, snapshot.Account.Available, snapshot.Account.UnrealizedPnl));
        Assert.Equal(10_500m, snapshot.Account.Equity);
        var reads = kind == ClientKind.Classic
            ? new[] { "/api/v2/mix/market/tickers", "/api/v2/mix/position/all-position", "/api/v2/mix/account/accounts" }
            : ["/api/v3/market/tickers", "/api/v3/position/current-position", "/api/v3/account/assets"];
        Assert.All(reads, path => Assert.Equal(1, sim.Simulator.Requests.Count(path)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Snapshot_WhenFlat_HasNoPositionsAndFullBalance(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        var port = sim.CreatePort(kind);

        var snapshot = await port.GetSnapshotAsync();

        Assert.Empty(snapshot.Positions);
        Assert.Equal((10_000m, 10_000m, 0m), (snapshot.Account.Equity, snapshot.Account.Available, snapshot.Account.UnrealizedPnl));
    }

    [Theory]
    [MemberData(nameof(KindsModesSides))]
    public async Task ReduceOnly_ShrinksExactlyThatSideByTheSize(ClientKind kind, ClientMode mode, ClientSide side)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, mode);
        var other = side == ClientSide.Long ? ClientSide.Short : ClientSide.Long;
        sim.Seed(Btc, side, 0.5m, 60_000m);
        if (mode == ClientMode.Hedge)
        {
            sim.Seed(Btc, other, 0.4m, 60_000m);
        }

        var port = sim.CreatePort(kind);

        var order = Assert.Single(await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, side, mode, MarginMode.Crossed, 0.2m, "reduce-1")));

        Assert.Equal(0.3m, sim.Position(Btc, side)!.Size);
        Assert.Equal(mode == ClientMode.Hedge ? 0.4m : null, sim.Position(Btc, other)?.Size);
        var booked = Assert.Single(sim.Simulator.OrdersWithClientOid("reduce-1"));
        Assert.Equal(side == ClientSide.Long ? OrderSide.Sell : OrderSide.Buy, booked.Direction);
        Assert.True(booked.ReduceOnly);
        Assert.Equal((booked.OrderId, "reduce-1", Btc, ExchangeOrderStatus.Filled), (order.OrderId, order.ClientOid, order.Symbol, order.Status));
        Assert.Equal((0.2m, 0.2m, true), (order.Size, order.FilledSize, order.ReduceOnly));
        Assert.Equal(60_000m, order.AveragePrice);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ReduceOnly_LargerThanThePosition_ClosesItWithoutFlipping(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);

        await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 0.8m, "reduce-big"));

        Assert.Empty(sim.Positions(Btc));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ReduceOnly_StaleHedgeModeGivenForAOneWayLong_SellsFromTheLongInOneWay(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);

        await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.Hedge, MarginMode.Crossed, 0.2m, "reduce-stale"));

        Assert.Equal(0.3m, sim.Position(Btc, ClientSide.Long)!.Size);
        var booked = Assert.Single(sim.Simulator.OrdersWithClientOid("reduce-stale"));
        Assert.Equal((OrderSide.Sell, true), (booked.Direction, booked.ReduceOnly));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ReduceOnly_NoPositionOnThatSide_IsRefusedAndNothingIsSent(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);

        var error = await Assert.ThrowsAsync<NoPositionToReduceException>(() =>
            port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Short, ClientMode.OneWay, MarginMode.Crossed, 0.2m, "reduce-none")));

        Assert.Equal((Btc, ClientSide.Short), (error.Symbol, error.Side));
        Assert.Empty(sim.Simulator.OrdersWithClientOid("reduce-none"));
        Assert.Equal(0.5m, sim.Position(Btc, ClientSide.Long)!.Size);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ReduceOnly_RoundsTheSizeDownToTheStep(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);

        var order = Assert.Single(await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 0.12349m, "reduce-round")));

        Assert.Equal(0.1234m, Assert.Single(sim.Simulator.OrdersWithClientOid("reduce-round")).Size);
        Assert.Equal(0.1234m, order.Size);
        Assert.Equal(0.3766m, sim.Position(Btc, ClientSide.Long)!.Size);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ReduceOnly_BelowTheMinimumAfterRounding_IsRefusedAndNothingIsSent(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed("ETHUSDT", ClientSide.Long, 1m, 3_000m);
        var port = sim.CreatePort(kind);

        var error = await Assert.ThrowsAsync<OrderSizeBelowMinimumException>(() =>
            port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest("ETHUSDT", ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 0.009m, "reduce-tiny")));

        Assert.Equal((0.009m, 0m, 0.01m), (error.RequestedSize, error.RoundedSize, error.MinimumSize));
        Assert.Equal(0, sim.Simulator.Requests.Count(sim.PlaceOrderPath(kind)));
        Assert.Empty(sim.Simulator.OrdersWithClientOid("reduce-tiny"));
        Assert.Equal(1m, sim.Position("ETHUSDT", ClientSide.Long)!.Size);
    }

    [Theory]
    [InlineData(ClientKind.Classic, LostResponseMode.DropConnection)]
    [InlineData(ClientKind.Unified, LostResponseMode.DropConnection)]
    [InlineData(ClientKind.Classic, LostResponseMode.ServerError)]
    [InlineData(ClientKind.Unified, LostResponseMode.ServerError)]
    public async Task ReduceOnly_ResponseLostAfterTheExchangeAccepted_ReturnsTheOrderFoundByClientOid(ClientKind kind, LostResponseMode lost)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);
        sim.Simulator.Faults.LoseResponse(sim.PlaceOrderPath(kind), times: 1, lost);

        var order = Assert.Single(await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 0.2m, "reduce-lost")));

        var booked = Assert.Single(sim.Simulator.OrdersWithClientOid("reduce-lost"));
        Assert.Equal((booked.OrderId, ExchangeOrderStatus.Filled, 0.2m), (order.OrderId, order.Status, order.FilledSize));
        Assert.Equal(1, sim.Simulator.Requests.Count(sim.PlaceOrderPath(kind)));
        Assert.Equal(0.3m, sim.Position(Btc, ClientSide.Long)!.Size);
    }

    [Theory]
    [MemberData(nameof(KindsModesSides))]
    public async Task Close_RemovesOnlyThatSide(ClientKind kind, ClientMode mode, ClientSide side)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, mode);
        var other = side == ClientSide.Long ? ClientSide.Short : ClientSide.Long;
        sim.Seed(Btc, side, 0.5m, 60_000m);
        if (mode == ClientMode.Hedge)
        {
            sim.Seed(Btc, other, 0.4m, 60_000m);
        }

        var port = sim.CreatePort(kind);

        var orders = await port.ClosePositionAsync(Btc, side, mode);

        Assert.Null(sim.Position(Btc, side));
        Assert.Equal(mode == ClientMode.Hedge ? 0.4m : null, sim.Position(Btc, other)?.Size);
        var order = Assert.Single(orders);
        Assert.Equal((ExchangeOrderStatus.Filled, 0.5m, true), (order.Status, order.FilledSize, order.ReduceOnly));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Close_OfTheSideNotHeldInOneWay_LeavesTheOtherSideAlone(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);

        var orders = await port.ClosePositionAsync(Btc, ClientSide.Short, ClientMode.OneWay);

        Assert.Empty(orders);
        Assert.Equal(0.5m, sim.Position(Btc, ClientSide.Long)!.Size);
    }

    [Theory]
    [MemberData(nameof(KindsModesSides))]
    public async Task StopLoss_IsPlacedAndFiresWhenTheMarkPriceCrossesIt(ClientKind kind, ClientMode mode, ClientSide side)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, mode);
        var other = side == ClientSide.Long ? ClientSide.Short : ClientSide.Long;
        sim.Seed(Btc, side, 0.5m, 60_000m);
        if (mode == ClientMode.Hedge)
        {
            sim.Seed(Btc, other, 0.4m, 60_000m);
        }

        var port = sim.CreatePort(kind);
        var trigger = side == ClientSide.Long ? 57_000m : 63_000m;

        var planId = await port.SetPositionStopLossAsync(new StopLossRequest(Btc, side, mode, trigger, "sl-1"));

        var plan = Assert.Single(sim.Simulator.Exchange.PlanOrders(sim.ApiKey));
        Assert.Equal((planId, "sl-1", trigger, true), (plan.OrderId, plan.ClientOid, plan.TriggerPrice, plan.TriggerOnMark));
        Assert.Equal(0.5m, sim.Position(Btc, side)!.Size);

        sim.Simulator.Prices.Set(Btc, side == ClientSide.Long ? 56_900m : 63_100m);

        Assert.Null(sim.Position(Btc, side));
        Assert.Equal(mode == ClientMode.Hedge ? 0.4m : null, sim.Position(Btc, other)?.Size);
        Assert.DoesNotContain(await port.GetPositionsAsync(), p => p.Side == side);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CancelOpenOrders_CancelsEveryRestingOrderOfTheSymbolOnly(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        var exchange = sim.Simulator.Exchange;
        exchange.PlaceOrder(sim.ApiKey, new OrderRequest(Btc, OrderSide.Buy, OrderAction.Net, null, OrderKind.Limit, 0.01m, 50_000m, "btc-1"));
        exchange.PlaceOrder(sim.ApiKey, new OrderRequest(Btc, OrderSide.Buy, OrderAction.Net, null, OrderKind.Limit, 0.02m, 51_000m, "btc-2"));
        exchange.PlaceOrder(sim.ApiKey, new OrderRequest("ETHUSDT", OrderSide.Buy, OrderAction.Net, null, OrderKind.Limit, 0.1m, 2_000m, "eth-1"));
        var port = sim.CreatePort(kind);

        var cancelled = await port.CancelOpenOrdersAsync(Btc);

        Assert.Equal(2, cancelled);
        Assert.Equal(OrderStatus.Canceled, Assert.Single(sim.Simulator.OrdersWithClientOid("btc-1")).Status);
        Assert.Equal(OrderStatus.Canceled, Assert.Single(sim.Simulator.OrdersWithClientOid("btc-2")).Status);
        Assert.Equal(OrderStatus.Live, Assert.Single(sim.Simulator.OrdersWithClientOid("eth-1")).Status);
        Assert.Equal(ExchangeOrderStatus.Canceled, (await port.FindOrderByClientOidAsync(Btc, "btc-1"))!.Status);
        Assert.Equal(0, await port.CancelOpenOrdersAsync(Btc));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FindOrderByClientOid_ReturnsTheOrderOrNullWhenUnknown(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Simulator.Exchange.PlaceOrder(sim.ApiKey, new OrderRequest(Btc, OrderSide.Buy, OrderAction.Net, null, OrderKind.Limit, 0.01m, 50_000m, "resting-1"));
        var port = sim.CreatePort(kind);

        var found = await port.FindOrderByClientOidAsync(Btc, "resting-1");
        var missing = await port.FindOrderByClientOidAsync(Btc, "never-placed");

        Assert.NotNull(found);
        Assert.Equal(("resting-1", Btc, ExchangeOrderStatus.Live, 0.01m, 0m, false), (found.ClientOid, found.Symbol, found.Status, found.Size, found.FilledSize, found.ReduceOnly));
        Assert.Null(missing);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ContractSpecs_AreReadOnceAndAgainAfterTheTtl(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        var port = sim.CreatePort(kind);
        var path = kind == ClientKind.Classic ? "/api/v2/mix/market/contracts" : "/api/v3/market/instruments";

        var specs = await port.GetContractSpecsAsync();
        await port.GetContractSpecsAsync();
        var readsWithinTtl = sim.Simulator.Requests.Count(path);
        sim.Time.Advance(TimeSpan.FromMinutes(11));
        await port.GetContractSpecsAsync();

        Assert.Equal(1, readsWithinTtl);
        Assert.Equal(2, sim.Simulator.Requests.Count(path));
        var btc = specs[Btc];
        Assert.Equal((0.0001m, 0.0001m, 0.1m, 5m), (btc.SizeStep, btc.MinSize, btc.PriceTick, btc.MinNotional));
        Assert.Equal((0.01m, 0.01m, 0.01m), (specs["ETHUSDT"].SizeStep, specs["ETHUSDT"].MinSize, specs["ETHUSDT"].PriceTick));
    }
}
