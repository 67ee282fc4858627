using System.Globalization;
using System.Text.Json;

namespace Bitget.Simulator.Wire;

/// <summary>A request's parameters, from the query string (GET) or the JSON body (POST), with Bitget's errors for bad ones.</summary>
public sealed class RequestArgs
{
    private readonly Func<string, string?> _lookup;

    private RequestArgs(Func<string, string?> lookup) => _lookup = lookup;

    public static RequestArgs From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsGet(context.Request.Method))
        {
            var query = context.Request.Query;
            return new RequestArgs(name => query.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null);
        }

        return FromElement(RequestBody.Json(context));
    }

    public static RequestArgs FromElement(JsonElement element) => new(name =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Text(value) : null);

    public string? Get(string name) => _lookup(name) is { Length: > 0 } value ? value : null;

    public string Required(string name) =>
        Get(name) ?? throw new BitgetErrorException("40019", $"Parameter {name} cannot be empty");

    public decimal? Decimal(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BitgetErrorException("40020", $"Parameter {name} error");
    }

    public decimal RequiredDecimal(string name) => Decimal(name) ?? throw new BitgetErrorException("40019", $"Parameter {name} cannot be empty");

    /// <summary>A time in Unix milliseconds (<c>startTime</c>, <c>endTime</c>); null when absent.</summary>
    public DateTimeOffset? Time(string name) => Decimal(name) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms) : null;

    public int Int(string name, int fallback, int max) =>
        int.TryParse(Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? Math.Clamp(value, 1, max) : fallback;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
