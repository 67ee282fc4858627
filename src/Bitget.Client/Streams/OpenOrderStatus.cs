using Bitget.Client.Trading;

namespace Bitget.Client.Streams;

/// <summary>The order states a private resync looks up again on both APIs: an order not known to be done may still change.</summary>
internal static class OpenOrderStatus
{
    internal static bool IsOpen(OrderStatus status) => status is OrderStatus.Live or OrderStatus.PartiallyFilled or OrderStatus.Unknown;
}
