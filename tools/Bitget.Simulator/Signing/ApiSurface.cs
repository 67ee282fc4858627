namespace Bitget.Simulator.Signing;

/// <summary>Which paths are private (signed) and which API family (v2 classic, v3 unified) they belong to.</summary>
public static class ApiSurface
{
    private static readonly string[] V2Private = ["/api/v2/mix/account/", "/api/v2/mix/position/", "/api/v2/mix/order/", "/api/v2/spot/account/"];
    private static readonly string[] V3Private = ["/api/v3/account/", "/api/v3/position/", "/api/v3/trade/"];

    public static bool IsV2Private(string path) => V2Private.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    public static bool IsV3Private(string path) => V3Private.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    public static bool IsPrivate(string path) => IsV2Private(path) || IsV3Private(path);

    public static bool IsV3(string path) => path.StartsWith("/api/v3/", StringComparison.Ordinal);
}
