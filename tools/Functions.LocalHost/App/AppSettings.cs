using System.Collections;
using System.Text.Json;

namespace Sentinel.LocalHost.App;

/// <summary>
/// The app settings the worker sees: the environment, plus the Values of a local.settings.json-style file for
/// names the environment does not set (the environment wins, as with <c>func start</c>).
/// </summary>
internal sealed class AppSettings
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    private AppSettings(IReadOnlyDictionary<string, string> environment, IReadOnlyDictionary<string, string> fileValues)
    {
        _environment = environment;
        FromFile = fileValues.Where(pair => !environment.ContainsKey(pair.Key)).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>The file's values that the worker's environment must add (those the environment does not already set).</summary>
    public IReadOnlyDictionary<string, string> FromFile { get; }

    public static AppSettings Load(string? settingsFile, IReadOnlyDictionary<string, string> environment)
    {
        var values = settingsFile is null ? new Dictionary<string, string>() : ReadValues(settingsFile);
        return new AppSettings(environment, values);
    }

    /// <summary>This process's environment, which the worker inherits.</summary>
    public static IReadOnlyDictionary<string, string> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Where(entry => entry.Value is string)
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!, StringComparer.Ordinal);

    public string? this[string name] => _environment.TryGetValue(name, out var value) || FromFile.TryGetValue(name, out value) ? value : null;

    /// <summary>Resolves a binding value of the form %NAME% from the settings; anything else is returned as it is.</summary>
    public string Resolve(string value, string usedFor)
    {
        if (value.Length < 3 || value[0] != '%' || value[^1] != '%')
        {
            return value;
        }

        var name = value[1..^1];
        return this[name] is { Length: > 0 } resolved
            ? resolved
            : throw new LocalHostConfigurationException($"{usedFor} names app setting '{name}' ({value}), which is not set in the environment or the settings file.");
    }

    private static Dictionary<string, string> ReadValues(string path)
    {
        if (!File.Exists(path))
        {
            throw new LocalHostConfigurationException($"Settings file {path} (--settings) does not exist.");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.RootElement.Property("Values") is { ValueKind: JsonValueKind.Object } section)
        {
            foreach (var property in section.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return values;
    }
}
