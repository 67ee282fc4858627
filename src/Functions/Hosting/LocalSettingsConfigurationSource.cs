using System.Text.Json;

namespace Sentinel.Functions.Hosting;

/// <summary>
/// Reads the <c>Values</c> of <c>local.settings.json</c> (the file <c>func start</c> uses) so the same file
/// configures standalone mode. <c>Foo__Bar</c> keys become <c>Foo:Bar</c>, as environment variables do.
/// Comments are allowed. A missing file adds nothing.
/// </summary>
public sealed class LocalSettingsConfigurationSource(string path) : IConfigurationSource
{
    public const string FileName = "local.settings.json";

    public string Path { get; } = path;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(Path);

    private sealed class Provider(string path) : ConfigurationProvider
    {
        private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        public override void Load()
        {
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (File.Exists(path))
            {
                using var document = ParseFile();
                if (document.RootElement.TryGetProperty("Values", out var values) && values.ValueKind == JsonValueKind.Object)
                {
                    foreach (var setting in values.EnumerateObject())
                    {
                        data[setting.Name.Replace("__", ":", StringComparison.Ordinal)] =
                            setting.Value.ValueKind == JsonValueKind.String ? setting.Value.GetString() : setting.Value.GetRawText();
                    }
                }
            }

            Data = data;
        }

        private JsonDocument ParseFile()
        {
            try
            {
                return JsonDocument.Parse(File.ReadAllText(path), Lenient);
            }
            catch (JsonException exception)
            {
                throw new InvalidOperationException($"{path} is not valid JSON: {exception.Message}", exception);
            }
        }
    }
}
