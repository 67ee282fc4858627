using System.Globalization;

namespace Bitget.Client.Json;

/// <summary>How values are written into requests: invariant culture, no exponent, no trailing zeros.</summary>
public static class WireFormat
{
    /// <summary>A decimal as Bitget expects it (<c>0.010m</c> → <c>"0.01"</c>); Bitget rejects surplus decimals (<c>40808</c>).</summary>
    public static string Decimal(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A timestamp as Unix milliseconds.</summary>
    public static string Milliseconds(DateTimeOffset value) =>
        value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
