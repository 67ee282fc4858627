namespace Bitget.Simulator.RateLimits;

/// <summary>Bitget's documented per-second limits: per IP for public endpoints, per account (UID) for private ones.</summary>
public static class EndpointLimits
{
    private static readonly Dictionary<string, int> Limits = new(StringComparer.Ordinal)
    {
        ["/api/v2/mix/market/fills-history"] = 10,
        ["/api/v2/mix/account/accounts"] = 10,
        ["/api/v2/mix/account/account"] = 10,
        ["/api/v2/mix/account/set-leverage"] = 5,
        ["/api/v2/mix/position/all-position"] = 5,
        ["/api/v2/mix/position/single-position"] = 10,
        ["/api/v2/mix/order/place-order"] = 10,
        ["/api/v2/mix/order/batch-place-order"] = 5,
        ["/api/v2/mix/order/close-positions"] = 1,
        ["/api/v3/account/info"] = 5,
        ["/api/v3/account/assets"] = 20,
        ["/api/v3/account/settings"] = 20,
        ["/api/v3/position/current-position"] = 20,
        ["/api/v3/trade/place-order"] = 10,
        ["/api/v3/trade/place-batch"] = 5,
        ["/api/v3/trade/cancel-batch"] = 5,
        ["/api/v3/trade/cancel-symbol-order"] = 5,
        ["/api/v3/trade/close-positions"] = 5,
        ["/api/v3/trade/order-info"] = 20,
        ["/api/v3/trade/unfilled-orders"] = 20,
        ["/api/v3/trade/fills"] = 20,
        ["/api/v3/trade/unfilled-strategy-orders"] = 20,
    };

    /// <summary>Requests allowed per second for <paramref name="path"/>: the table above, else 10 (private) or 20 (public).</summary>
    public static int PerSecond(string path, bool isPrivate) =>
        Limits.TryGetValue(path, out var limit) ? limit : isPrivate ? 10 : 20;
}
