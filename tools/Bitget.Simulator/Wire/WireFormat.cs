using System.Globalization;

namespace Bitget.Simulator.Wire;

/// <summary>Bitget writes numbers as strings without trailing zeros and times as millisecond strings.</summary>
public static class WireFormat
{
    public static string Number(decimal value) =>
        Math.Round(value, 10, MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";

    public static string Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
