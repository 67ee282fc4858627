using System.Text.Json;

namespace Sentinel.LocalHost.App;

/// <summary>Case-insensitive property lookup: host.json, worker.config.json and raw bindings are matched that way by the host.</summary>
internal static class JsonProperties
{
    public static JsonElement? Property(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public static JsonElement? Property(this JsonElement? element, string name) => element?.Property(name);

    public static string? GetString(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
