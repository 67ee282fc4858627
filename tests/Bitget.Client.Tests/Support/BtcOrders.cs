using SimOrders = Bitget.Simulator.Orders;

namespace Bitget.Client.Tests.Support;

/// <summary>BTCUSDT orders placed straight on the simulator's exchange, so the stream tests of v2 and v3 have changes to push.</summary>
internal static class BtcOrders
{
    public static SimOrders.OrderRequest Market(SimOrders.OrderSide side, decimal size = 0.01m) =>
        new("BTCUSDT", side, SimOrders.OrderAction.Net, null, SimOrders.OrderKind.Market, size, null, null);

    public static SimOrders.OrderRequest Limit(decimal price) =>
        new("BTCUSDT", SimOrders.OrderSide.Buy, SimOrders.OrderAction.Net, null, SimOrders.OrderKind.Limit, 0.01m, price, null);
}
