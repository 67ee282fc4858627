namespace Bitget.Client.Trading;

/// <summary>Lifecycle state of an order, the same for both APIs.</summary>
public enum ExchangeOrderStatus
{
    /// <summary>Accepted and resting (v2 <c>live</c>, v3 <c>live</c>/<c>new</c>).</summary>
    Live,

    /// <summary>Partly filled, rest still working.</summary>
    PartiallyFilled,

    /// <summary>Fully filled.</summary>
    Filled,

    /// <summary>Cancelled (possibly after a partial fill).</summary>
    Canceled,
}
