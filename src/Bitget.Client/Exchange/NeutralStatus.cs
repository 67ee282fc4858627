using Bitget.Client.Trading;

namespace Bitget.Client.Exchange;

/// <summary>Order states of both APIs → <see cref="ExchangeOrderStatus"/>.</summary>
internal static class NeutralStatus
{
    // A state this client does not know still names an order that exists and is not known to be finished, so it
    // reads as live: callers re-check a live order, whereas a wrong "filled" or "canceled" would end their checks.
    public static ExchangeOrderStatus Of(OrderStatus status) => status switch
    {
        OrderStatus.PartiallyFilled => ExchangeOrderStatus.PartiallyFilled,
        OrderStatus.Filled => ExchangeOrderStatus.Filled,
        OrderStatus.Canceled => ExchangeOrderStatus.Canceled,
        _ => ExchangeOrderStatus.Live,
    };
}
