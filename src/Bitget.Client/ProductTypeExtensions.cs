using Bitget.Client.Json;

namespace Bitget.Client;

/// <summary>Wire form and properties of <see cref="ProductType"/>.</summary>
internal static class ProductTypeExtensions
{
    /// <summary>The <c>productType</c> string sent to Bitget.</summary>
    public static string ToWire(this ProductType productType) => WireNames.Of(productType);

    /// <summary>Whether this is a demo-coin product type, traded with a live key and without the <c>paptrading</c> header.</summary>
    public static bool IsDemoCoin(this ProductType productType) =>
        productType is ProductType.SUsdtFutures or ProductType.SCoinFutures or ProductType.SUsdcFutures;
}
