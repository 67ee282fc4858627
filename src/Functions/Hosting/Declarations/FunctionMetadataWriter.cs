using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>
/// Writes <c>&lt;Name&gt;/function.json</c> for every declared function into a Functions app root. Run at
/// publish (<c>Sentinel.Functions --write-function-metadata &lt;dir&gt;</c>), so declarations live only in code.
/// </summary>
public static class FunctionMetadataWriter
{
    public const string Argument = "--write-function-metadata";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The output directory when the arguments ask for metadata generation.</summary>
    public static bool TryGetOutputDirectory(IReadOnlyList<string> args, out string directory)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == Argument)
            {
                directory = i + 1 < args.Count
                    ? args[i + 1]
                    : throw new ArgumentException($"{Argument} needs the output directory after it.", nameof(args));
                return true;
            }
        }

        directory = string.Empty;
        return false;
    }

    /// <summary>Writes every function's folder; returns the function names written.</summary>
    public static IReadOnlyList<string> Write(FunctionCatalog catalog, string directory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var documents = catalog.Timers.Select(t => (t.Name, Document: TimerBindings(t.Metadata)))
            .Concat(catalog.HttpFunctions.Select(h => (h.Name, Document: HttpBindings(h))))
            .ToList();
        foreach (var (name, document) in documents)
        {
            var folder = Path.Combine(directory, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "function.json"), document.ToJsonString(Indented) + "\n");
        }

        return documents.Select(d => d.Name).ToList();
    }

    public static JsonObject TimerBindings(TimerFunctionMetadata timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return Bindings(new JsonObject
        {
            ["name"] = timer.BindingName,
            ["type"] = "timerTrigger",
            ["direction"] = "in",
            ["schedule"] = timer.Schedule,
        });
    }

    public static JsonObject HttpBindings(HttpFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var trigger = new JsonObject
        {
            ["name"] = "req",
            ["type"] = "httpTrigger",
            ["direction"] = "in",
            ["authLevel"] = function.AuthLevel.ToString().ToLowerInvariant(),
            ["route"] = function.Route,
        };
        if (function.Methods.Count > 0)
        {
            trigger["methods"] = new JsonArray(function.Methods.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
        }

        return Bindings(trigger, new JsonObject { ["name"] = "res", ["type"] = "http", ["direction"] = "out" });
    }

    private static JsonObject Bindings(params JsonObject[] bindings) =>
        new() { ["bindings"] = new JsonArray(bindings.Cast<JsonNode?>().ToArray()) };
}
