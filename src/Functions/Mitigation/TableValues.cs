using System.Globalization;

namespace Sentinel.Functions.Mitigation;

/// <summary>Decimals as invariant strings: Table Storage has no decimal type, and a double would change the digits.</summary>
internal static class TableValues
{
    public static string Write(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Write(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal? ReadDecimal(string? value) =>
        value is null ? null : decimal.Parse(value, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
}
