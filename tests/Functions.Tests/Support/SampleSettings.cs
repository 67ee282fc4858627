using System.Text.Json;
using Sentinel.TestSupport;

namespace Functions.Tests.Support;

/// <summary>
/// The <c>Values</c> of local.settings.sample.json as the Functions host hands them to the worker: environment
/// variables, so <c>Foo__Bar</c> is read as <c>Foo:Bar</c>. Comments are allowed in the file.
/// </summary>
internal static class SampleSettings
{
    public static IReadOnlyDictionary<string, string> Read(string? path = null)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(path ?? RepositoryRoot.Combine("local.settings.sample.json")), options);
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => p.Value.GetString() ?? string.Empty, StringComparer.OrdinalIgnoreCase);
    }
}
