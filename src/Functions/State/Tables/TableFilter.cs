using System.Globalization;

namespace Sentinel.Functions.State.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions from interpolated strings, turning every interpolated value into
/// a typed, escaped literal: <c>TableFilter.Create($"PartitionKey eq {pk} and Amount ge {10m}")</c>.
/// Callers cannot inject syntax through a value. Keep the literal on the right of the operator.
/// </summary>
public static class TableFilter
{
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary>One value as an OData literal of the type this client stores it as (decimals as strings).</summary>
    public static string Literal(object? value) => value switch
    {
        null => throw new ArgumentException("A filter cannot compare with null; Table properties are absent, not null.", nameof(value)),
        string text => Quote(text),
        decimal money => Quote(money.ToString(CultureInfo.InvariantCulture)),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        double number when double.IsFinite(number) => number.ToString("R", CultureInfo.InvariantCulture),
        Guid id => $"guid'{id:D}'",
        DateTimeOffset moment => $"datetime'{moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}'",
        DateTime moment when moment.Kind != DateTimeKind.Unspecified => Literal(new DateTimeOffset(moment.ToUniversalTime())),
        byte[] bytes => $"X'{Convert.ToHexString(bytes)}'",
        _ => throw new ArgumentException($"A filter cannot compare with a value of type {value.GetType().Name}.", nameof(value)),
    };

    private static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
