using System.Reflection;
using System.Text.Json;
using Sentinel.TestSupport;

namespace Sentinel.LocalHost.Tests.Support;

/// <summary>
/// Publishes tests/LocalHost.SampleApp once per run (it is built with this project, so publishing only lays out
/// the app root) and starts one local host on it for the tests that need a running worker but no clock.
/// </summary>
public sealed class SampleAppFixture : IAsyncLifetime
{
    public const string Greeting = "Hi";
    public const string Schedule = "*/10 * * * * *";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sentinel-localhost-tests-" + Guid.NewGuid().ToString("N"));

    public string AppDirectory => Path.Combine(_root, "app");

    /// <summary>A local.settings.json-style file kept outside the app root, passed with --settings.</summary>
    public string SettingsFile => Path.Combine(_root, "local.settings.json");

    internal SampleHost Shared { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        await PublishAsync();
        await File.WriteAllTextAsync(SettingsFile, JsonSerializer.Serialize(new
        {
            IsEncrypted = false,
            Values = new Dictionary<string, string> { ["SAMPLE_SCHEDULE"] = Schedule, ["SAMPLE_GREETING"] = Greeting },
        }));
        Shared = await SampleHost.StartAsync(this);
    }

    public async Task DisposeAsync()
    {
        await Shared.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private Task PublishAsync()
    {
        var configuration = typeof(SampleAppFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value!;
        return DotnetPublish.RunAsync(RepositoryRoot.Combine("tests", "LocalHost.SampleApp", "LocalHost.SampleApp.csproj"), configuration, AppDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class SampleAppTests : ICollectionFixture<SampleAppFixture>
{
    public const string Name = "Sample app under the local host";
}
