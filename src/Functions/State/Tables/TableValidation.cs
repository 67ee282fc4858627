using System.Text.RegularExpressions;

namespace Sentinel.Functions.State.Tables;

/// <summary>Checks what the real service would refuse, so a test against the lenient emulator cannot pass it.</summary>
internal static partial class TableValidation
{
    private static readonly HashSet<string> SystemNames = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "ETag" };

    public static void TableName(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!TableNamePattern().IsMatch(table) || table.Equals("tables", StringComparison.OrdinalIgnoreCase))
        {
            throw Refuse("InvalidTableName", $"Table name '{table}' is invalid: 3-63 letters or digits, starting with a letter, not 'tables'.");
        }
    }

    public static void Key(string value, string which)
    {
        ArgumentNullException.ThrowIfNull(value, which);
        if (value.Length > TableLimits.MaxKeyLength)
        {
            throw Refuse("KeyTooLong", $"{which} is {value.Length} characters; the limit is {TableLimits.MaxKeyLength}.");
        }

        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw Refuse("InvalidKey", $"{which} '{Printable(value)}' contains a character the Table service refuses (/ \\ # ? or a control character).");
            }
        }
    }

    public static void Entity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Key(entity.PartitionKey, "PartitionKey");
        Key(entity.RowKey, "RowKey");
        if (entity.Properties.Count + TableLimits.SystemPropertyCount > TableLimits.MaxPropertyCount)
        {
            throw Refuse("TooManyProperties", $"Entity ({entity.PartitionKey}, {entity.RowKey}) has {entity.Properties.Count} properties; at most {TableLimits.MaxPropertyCount - TableLimits.SystemPropertyCount} besides PartitionKey, RowKey and Timestamp.");
        }

        long size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2);
        foreach (var (name, value) in entity.Properties)
        {
            PropertyName(entity, name);
            size += 8 + (name.Length * 2) + ValueSize(entity, name, value);
        }

        if (size > TableLimits.MaxEntityBytes)
        {
            throw Refuse("EntityTooLarge", $"Entity ({entity.PartitionKey}, {entity.RowKey}) is about {size} bytes; the limit is {TableLimits.MaxEntityBytes}.");
        }
    }

    public static TableRequestException Refuse(string code, string message) => new(0, code, message) { IsClientValidation = true };

    private static void PropertyName(TableEntity entity, string name)
    {
        if (SystemNames.Contains(name) || name.Length > TableLimits.MaxPropertyNameLength || !PropertyNamePattern().IsMatch(name))
        {
            throw Refuse("InvalidPropertyName", $"Entity ({entity.PartitionKey}, {entity.RowKey}): property name '{Printable(name)}' is reserved or not an identifier of at most {TableLimits.MaxPropertyNameLength} characters.");
        }
    }

    // Sizes per the service's documented formula for an entity's stored size.
    private static long ValueSize(TableEntity entity, string name, object value)
    {
        switch (value)
        {
            case string text when text.Length > TableLimits.MaxStringLength:
                throw Refuse("PropertyValueTooLarge", $"Entity ({entity.PartitionKey}, {entity.RowKey}): string property '{name}' has {text.Length} characters; the limit is {TableLimits.MaxStringLength} (64 KiB of UTF-16).");
            case string text:
                return (text.Length * 2) + 4;
            case byte[] bytes when bytes.Length > TableLimits.MaxBinaryLength:
                throw Refuse("PropertyValueTooLarge", $"Entity ({entity.PartitionKey}, {entity.RowKey}): binary property '{name}' has {bytes.Length} bytes; the limit is {TableLimits.MaxBinaryLength}.");
            case byte[] bytes:
                return bytes.Length + 4;
            case Guid:
                return 16;
            case bool:
                return 1;
            case int:
                return 4;
            default:
                return 8;
        }
    }

    private static string Printable(string value) =>
        string.Concat(value.Take(64).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*$")]
    private static partial Regex PropertyNamePattern();
}
