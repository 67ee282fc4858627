using Functions.Tests.Support;

namespace Functions.Tests.Hosting;

/// <summary>The documented local.settings.sample.json: what <c>func start</c> (or the local host) passes to the worker when copied to local.settings.json.</summary>
public sealed class LocalSettingsTests
{
    private static readonly IReadOnlyDictionary<string, string> Sample = SampleSettings.Read();

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", "dotnet-isolated")]
    [InlineData("MONITOR_SCHEDULE", "*/30 * * * * *")]
    [InlineData("DELIVERY_SCHEDULE", "*/5 * * * * *")]
    [InlineData("STREAMING_SCHEDULE", "0 * * * * *")]
    [InlineData("Streaming:Enabled", "false")]
    [InlineData("Sentinel:Mode", "dry-run")]
    [InlineData("Bitget:BaseAddress", "https://api.bitget.com")]
    [InlineData("Bitget:ProductType", "USDT-FUTURES")]
    [InlineData("Bitget:AccountKind", "auto")]
    [InlineData("Bitget:DemoTrading", "false")]
    [InlineData("Hosting:HealthProbeTimeout", "00:00:05")]
    public void SampleFile_ParsesWithCommentsAndMapsDoubleUnderscoreToSections(string key, string expected)
    {
        Assert.Equal(expected, Sample[key]);
    }

    [Theory]
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
    public void SampleFile_HasNoCustomHandlerOrStandaloneSettingsLeft()
    {
        Assert.DoesNotContain(Sample.Keys, k => k.StartsWith("Hosting:Standalone", StringComparison.OrdinalIgnoreCase) || k == "FUNCTION_KEY" || k == "FUNCTIONS_CUSTOMHANDLER_PORT");
    }
}
