using System.Globalization;
using System.Text;
using Bitget.Client.Json;

namespace Bitget.Client.Http;

/// <summary>
/// Query parameters of a GET. Bitget verifies the signature against the decoded query sorted by key, so the
/// signed form is raw while the URL form percent-encodes the same characters (BITGET-API.md §2.3).
/// </summary>
internal sealed class QueryParameters
{
    private readonly SortedDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Adds a parameter when <paramref name="value"/> is not null or empty.</summary>
    public QueryParameters Add(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _values[key] = value;
        }

        return this;
    }

    /// <summary>Adds a decimal parameter in wire format when it has a value.</summary>
    public QueryParameters Add(string key, decimal? value) => Add(key, value is { } v ? WireFormat.Decimal(v) : null);

    /// <summary>Adds an integer parameter when it has a value.</summary>
    public QueryParameters Add(string key, int? value) => Add(key, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a millisecond timestamp parameter when it has a value.</summary>
    public QueryParameters Add(string key, DateTimeOffset? value) => Add(key, value is { } v ? WireFormat.Milliseconds(v) : null);

    /// <summary>The value of a parameter, or null.</summary>
    public string? this[string key] => _values.TryGetValue(key, out var value) ? value : null;

    /// <summary>The string that is signed: <c>k=v&amp;…</c>, sorted by key, not encoded.</summary>
    public string ToSignedString() => Join(static s => s);

    /// <summary>The string put in the URL: the same pairs, percent-encoded.</summary>
    public string ToUrlString() => Join(Uri.EscapeDataString);

    private string Join(Func<string, string> encode)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in _values)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(encode(key)).Append('=').Append(encode(value));
        }

        return builder.ToString();
    }
}
