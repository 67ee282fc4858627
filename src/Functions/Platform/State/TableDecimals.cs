using System.Globalization;
using Azure.Data.Tables;

namespace Sentinel.Functions.Platform.State;

/// <summary>
/// Money in table rows: a <see cref="decimal"/> is stored as an invariant string (the Table service has no decimal
/// type, and the SDK would otherwise send it as a JSON number that the service keeps as Edm.Double).
/// </summary>
internal static class TableDecimals
{
    /// <summary>The value as it is stored, or null to leave the property out.</summary>
    public static string? Stored(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal stored by <see cref="Stored"/>, parsed exactly; null when absent.</summary>
    public static decimal? GetDecimal(this TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var text = entity.GetString(name);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"Property '{name}' of entity ({entity.PartitionKey}, {entity.RowKey}) is not a decimal.");
    }
}
