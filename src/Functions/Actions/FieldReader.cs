using System.Globalization;
using System.Text.Json;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Actions;

/// <summary>Reads typed fields of a JSON object, adding one error per field of the wrong type or out of range.</summary>
internal sealed class FieldReader(JsonElement body, List<FieldError> errors)
{
    public string? String(string name, int maxLength)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(name, "must be a string."));
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0 || text.Length > maxLength)
        {
            errors.Add(new(name, string.Create(CultureInfo.InvariantCulture, $"must be 1 to {maxLength} characters.")));
            return null;
        }

        return text;
    }

    public bool? Bool(string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add(new(name, "must be true or false."));
        return null;
    }

    /// <summary>A JSON number read exactly as a decimal, above zero and at most <paramref name="max"/> when given.</summary>
    public decimal? Positive(string name, decimal? max)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            errors.Add(new(name, "must be a number."));
            return null;
        }

        if (number <= 0m || (max is { } most && number > most))
        {
            errors.Add(new(name, max is { } limit ? string.Create(CultureInfo.InvariantCulture, $"must be above 0 and at most {limit}.") : "must be above 0."));
            return null;
        }

        return number;
    }
}
