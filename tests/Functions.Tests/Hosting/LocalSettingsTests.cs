using Microsoft.Extensions.Configuration;
using Sentinel.Functions.Hosting;
using Sentinel.TestSupport;

namespace Functions.Tests.Hosting;

/// <summary>The documented local.settings.sample.json is what standalone mode reads when copied to local.settings.json.</summary>
public sealed class LocalSettingsTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder()
        .Add(new LocalSettingsConfigurationSource(RepositoryRoot.Combine("local.settings.sample.json")))
        .Build();

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", "Custom")]
    [InlineData("MONITOR_SCHEDULE", "*/30 * * * * *")]
    [InlineData("DELIVERY_SCHEDULE", "*/15 * * * * *")]
    [InlineData("Sentinel:Mode", "dry-run")]
    [InlineData("Bitget:BaseAddress", "https://api.bitget.com")]
    [InlineData("Bitget:ProductType", "USDT-FUTURES")]
    [InlineData("Bitget:AccountKind", "auto")]
    [InlineData("Bitget:DemoTrading", "false")]
    [InlineData("Hosting:StandaloneUrl", "http://127.0.0.1:7071")]
    public void SampleFile_ParsesWithCommentsAndMapsDoubleUnderscoreToSections(string key, string expected)
    {
        Assert.Equal(expected, Sample[key]);
    }

    [Theory]
    [InlineData("FUNCTION_KEY")]
    [InlineData("KeyVault:VaultUri")]
    [InlineData("Secrets:bitget-api-key")]
    [InlineData("Secrets:bitget-api-secret")]
    [InlineData("Secrets:bitget-api-passphrase")]
    [InlineData("Secrets:teams-webhook-url")]
    [InlineData("Secrets:webhook-url")]
    [InlineData("Secrets:webhook-signing-key")]
    [InlineData("State:TableServiceUri")]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public void SampleFile_ListsEverySettingWithoutValuesForSecretsAndAzureOnlySettings(string key)
    {
        Assert.Equal(string.Empty, Sample[key]);
    }

    [Fact]
    public void MissingFile_AddsNothing()
    {
        var configuration = new ConfigurationBuilder().Add(new LocalSettingsConfigurationSource("/nonexistent/local.settings.json")).Build();

        Assert.Empty(configuration.AsEnumerable());
    }

    [Fact]
    public void BrokenFile_FailsNamingTheFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sentinel-settings-").FullName, "local.settings.json");
        File.WriteAllText(path, "{ \"Values\": { \"A\": ");

        var error = Assert.Throws<InvalidOperationException>(() => new ConfigurationBuilder().Add(new LocalSettingsConfigurationSource(path)).Build());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
