using System.Text.Json;

namespace Sentinel.Functions.Hosting;

/// <summary>
/// JSON as the Functions host speaks it: PascalCase members (<c>Data</c>, <c>Outputs</c>, <c>IsPastDue</c>),
/// read case-insensitively because hosts have varied in casing over the years.
/// </summary>
public static class HostingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = null,
        PropertyNameCaseInsensitive = true,
        WriteIndented = false,
    };
}
