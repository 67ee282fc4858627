using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientSide = Bitget.Client.Trading.PositionSide;
using SimKind = Bitget.Simulator.Accounts.AccountKind;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// The account changes kind while a port call is under way: the call is repeated on the other API only when the
/// refusal proves nothing was written, so an order Bitget already accepted is never placed a second time.
/// </summary>
public sealed class KindSwitchTests
{
    private const string ClassicPlace = "/api/v2/mix/order/place-order";
    private const string UnifiedPlace = "/api/v3/trade/place-order";

    [Fact]
    public async Task Auto_KindSwitchAfterTheOrderWasAccepted_PlacesExactlyOneOrder()
    {
        var switcher = new AfterSuccess(ClassicPlace) { InnerHandler = new SocketsHttpHandler() };
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Classic, primaryHandler: switcher);
        sim.Seed("BTCUSDT", ClientSide.Long, 0.5m, 60_000m);
        switcher.Then = () => sim.Simulator.Exchange.SetAccountKind(sim.ApiKey, SimKind.Unified);
        using var port = sim.CreateAutoPort();

        var order = Assert.Single(await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest("BTCUSDT", ClientSide.Long, PositionMode.OneWay, MarginMode.Crossed, 0.2m, "switch-after")));

        Assert.Equal("switch-after", order.ClientOid);
        Assert.False(string.IsNullOrEmpty(order.OrderId));
        Assert.Single(sim.Simulator.OrdersWithClientOid("switch-after"));
        Assert.Equal(1, sim.Simulator.Requests.Count(ClassicPlace));
        Assert.Equal(0, sim.Simulator.Requests.Count(UnifiedPlace));
        Assert.Equal(0.3m, sim.Position("BTCUSDT", ClientSide.Long)!.Size);
    }

    [Fact]
    public async Task Auto_KindSwitchAfterAFlashClose_ClosesOnceAndReportsTheOrder()
    {
        var switcher = new AfterSuccess("/api/v2/mix/order/close-positions") { InnerHandler = new SocketsHttpHandler() };
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Classic, primaryHandler: switcher);
        sim.Seed("BTCUSDT", ClientSide.Long, 0.5m, 60_000m);
        switcher.Then = () => sim.Simulator.Exchange.SetAccountKind(sim.ApiKey, SimKind.Unified);
        using var port = sim.CreateAutoPort();

        var orders = await port.ClosePositionAsync("BTCUSDT", ClientSide.Long, PositionMode.OneWay);

        Assert.False(string.IsNullOrEmpty(Assert.Single(orders).OrderId));
        Assert.Equal(0, sim.Simulator.Requests.Count("/api/v3/trade/close-positions"));
        Assert.Null(sim.Position("BTCUSDT", ClientSide.Long));
    }

    /// <summary>Runs <see cref="Then"/> once, right after the first successful reply to <paramref name="path"/>.</summary>
    private sealed class AfterSuccess(string path) : DelegatingHandler
    {
        public Action? Then { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath == path && response.IsSuccessStatusCode && Then is { } then)
            {
                Then = null;
                then();
            }

            return response;
        }
    }
}
