using System.Globalization;
using Azure;

namespace Sentinel.Functions.State.Tables;

/// <summary>
/// A Table entity: keys, ETag, service timestamp and typed properties (string, int, long, double, bool,
/// DateTimeOffset, Guid, byte[]). A <see cref="decimal"/> is stored as an invariant string so money never
/// passes through <see cref="double"/>; read it back with <see cref="GetDecimal"/>.
/// </summary>
public sealed class TableEntity
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; }

    public string RowKey { get; }

    /// <summary>The version read from the service; the condition for the next update.</summary>
    public ETag ETag { get; set; }

    /// <summary>When the service last wrote the entity; set by the service, never sent.</summary>
    public DateTimeOffset? Timestamp { get; internal set; }

    /// <summary>The custom properties, with their stored types (decimals appear as strings).</summary>
    public IReadOnlyDictionary<string, object> Properties => _properties;

    /// <summary>Gets or sets a property; setting null removes it. Unsupported types are refused.</summary>
    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            if (value is null)
            {
                _properties.Remove(name);
                return;
            }

            _properties[name] = Normalize(name, value);
        }
    }

    public string? GetString(string name) => Get<string>(name);

    public bool? GetBoolean(string name) => GetValue<bool>(name);

    public Guid? GetGuid(string name) => GetValue<Guid>(name);

    public byte[]? GetBinary(string name) => Get<byte[]>(name);

    public DateTimeOffset? GetDateTimeOffset(string name) => GetValue<DateTimeOffset>(name);

    public int? GetInt32(string name) => GetValue<int>(name);

    /// <summary>A 64-bit integer; also accepts a value the service typed as Int32.</summary>
    public long? GetInt64(string name) => this[name] switch
    {
        null => null,
        int i => i,
        var other => Get<long>(name, other),
    };

    /// <summary>A double; also accepts an integral value (JSON does not keep 2.0 apart from 2).</summary>
    public double? GetDouble(string name) => this[name] switch
    {
        null => null,
        int i => i,
        long l => l,
        var other => Get<double>(name, other),
    };

    /// <summary>A decimal stored by this client as an invariant string; parsed exactly.</summary>
    public decimal? GetDecimal(string name)
    {
        var text = GetString(name);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"Property '{name}' of entity ({PartitionKey}, {RowKey}) is not a decimal.");
    }

    private T? Get<T>(string name)
        where T : class => this[name] switch
    {
        null => null,
        var value => Get<T>(name, value),
    };

    // A missing value type is null, not its default (a missing time must not read as 0001-01-01).
    private T? GetValue<T>(string name)
        where T : struct => this[name] switch
    {
        null => null,
        var value => Get<T>(name, value),
    };

    private T Get<T>(string name, object value) => value is T typed
        ? typed
        : throw new InvalidOperationException($"Property '{name}' of entity ({PartitionKey}, {RowKey}) is {value.GetType().Name}, not {typeof(T).Name}.");

    private static object Normalize(string name, object value) => value switch
    {
        string or int or long or double or bool or Guid or byte[] => value,
        DateTimeOffset moment => moment.ToUniversalTime(),
        DateTime moment when moment.Kind == DateTimeKind.Unspecified =>
            throw new ArgumentException($"Property '{name}': a DateTime of unspecified kind is ambiguous; use DateTimeOffset.", nameof(value)),
        DateTime moment => new DateTimeOffset(moment.ToUniversalTime()),
        decimal money => money.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Property '{name}': type {value.GetType().Name} cannot be stored in a table.", nameof(value)),
    };
}
