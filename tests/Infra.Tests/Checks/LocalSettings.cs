using System.Text.Json;

namespace Infra.Tests.Checks;

/// <summary>Reads the setting names of a local.settings(.sample).json file.</summary>
public static class LocalSettings
{
    public static IReadOnlyList<string> ValueKeys(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("Values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The settings file has no \"Values\" object.");
        }

        return values.EnumerateObject().Select(p => p.Name).ToList();
    }
}
