using Infra.Tests.Bicep;
using Infra.Tests.Checks;
using Sentinel.TestSupport;

namespace Infra.Tests.Templates;

public class AppSettingsTests
{
    // The settings the app reads, as fixed by the project brief (cross-cutting conventions).
    private static readonly string[] SettingsTheAppReads =
    [
        "MONITOR_SCHEDULE", "DELIVERY_SCHEDULE", "Sentinel__Mode", "Bitget__BaseAddress", "Bitget__ProductType",
        "Bitget__AccountKind", "Bitget__DemoTrading", "KeyVault__VaultUri", "State__TableServiceUri", "AZURE_CLIENT_ID",
        "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "STREAMING_SCHEDULE", "Streaming__Enabled", "Streaming__BaseAddress",
    ];

    // Keys of local.settings.sample.json that must not be set in Azure, each with the reason.
    private static readonly Dictionary<string, string> LocalOnly = new(StringComparer.Ordinal)
    {
        ["FUNCTIONS_WORKER_RUNTIME"] = "Flex Consumption ignores it; the runtime is functionAppConfig.runtime",
        ["AzureWebJobsStorage"] = "an Azurite connection string; Azure uses the identity-based AzureWebJobsStorage__* settings",
        ["State__ConnectionString"] = "Azurite only; Azure uses State__TableServiceUri with the managed identity",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "a local OpenTelemetry collector; Azure sends telemetry to Application Insights",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "belongs to OTEL_EXPORTER_OTLP_ENDPOINT, which Azure does not use",
    };

    // Locally the secrets come from configuration; in Azure they are read from Key Vault.
    private const string LocalSecretPrefix = "Secrets__";

    private static BicepDocument FunctionApp => InfraFiles.Parse(InfraFiles.FunctionApp);

    [Fact]
    public void FunctionApp_SetsEverySettingTheAppReads()
    {
        Assert.Empty(SettingsTheAppReads.Except(AppSettingChecks.Names(FunctionApp)));
    }

    [Fact]
    public void FunctionApp_SetsEverySettingOfTheLocalSettingsSample()
    {
        var sample = RepositoryRoot.Combine("local.settings.sample.json");
        var expected = SettingsTheAppReads.ToHashSet(StringComparer.Ordinal);
        if (File.Exists(sample))
        {
            expected.UnionWith(RequiredInAzure(LocalSettings.ValueKeys(File.ReadAllText(sample))));
        }

        Assert.Empty(expected.Except(AppSettingChecks.Names(FunctionApp)));
    }

    [Fact]
    public void RequiredInAzure_DropsLocalOnlyKeysAndKeepsEveryOtherKey()
    {
        const string Sample = """
            {
              "IsEncrypted": false,
              "Values": {
                "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                "AzureWebJobsStorage": "UseDevelopmentStorage=true",
                "State__ConnectionString": "UseDevelopmentStorage=true",
                "Secrets__bitget-api-key": "",
                "Sentinel__Mode": "dry-run",
                "Risk__MaxActionsPerHour": "4"
              }
            }
            """;

        Assert.Equal(["Sentinel__Mode", "Risk__MaxActionsPerHour"], RequiredInAzure(LocalSettings.ValueKeys(Sample)));
    }

    [Fact]
    public void FunctionApp_SetsNoLocalOnlySetting()
    {
        var localOnly = AppSettingChecks.Names(FunctionApp).Where(name => LocalOnly.ContainsKey(name) || IsLocalSecret(name));

        Assert.Empty(localOnly);
    }

    [Fact]
    public void MissingSettings_SettingRemovedFromTheTemplate_IsReported()
    {
        var source = InfraFiles.Mutate(
            InfraFiles.Read(InfraFiles.FunctionApp),
            "        {\n          name: 'Sentinel__Mode'\n          value: sentinelMode\n        }\n",
            string.Empty);

        var missing = SettingsTheAppReads.Except(AppSettingChecks.Names(BicepDocument.Parse(source)));

        Assert.Equal(["Sentinel__Mode"], missing);
    }

    [Fact]
    public void FunctionApp_ReachesHostStorageWithTheIdentityOnly()
    {
        var app = FunctionApp;

        Assert.Equal("storageAccountName", AppSettingChecks.Value(app, "AzureWebJobsStorage__accountName")?.AsIdentifier());
        Assert.Equal("managedidentity", AppSettingChecks.Value(app, "AzureWebJobsStorage__credential")?.AsLiteralString());
        Assert.Equal("identityClientId", AppSettingChecks.Value(app, "AzureWebJobsStorage__clientId")?.AsIdentifier());
        Assert.Null(AppSettingChecks.Value(app, "AzureWebJobsStorage"));
    }

    [Fact]
    public void FunctionApp_AuthenticatesTelemetryAndSecretsWithTheIdentity()
    {
        var app = FunctionApp;

        Assert.Equal("'ClientId=${identityClientId};Authorization=AAD'", AppSettingChecks.Value(app, "APPLICATIONINSIGHTS_AUTHENTICATION_STRING")?.Text);
        Assert.Equal("identityClientId", AppSettingChecks.Value(app, "AZURE_CLIENT_ID")?.AsIdentifier());
        Assert.Equal("vaultUri", AppSettingChecks.Value(app, "KeyVault__VaultUri")?.AsIdentifier());
        Assert.Equal("tableEndpoint", AppSettingChecks.Value(app, "State__TableServiceUri")?.AsIdentifier());
    }

    [Theory]
    [InlineData("Sentinel__Mode", "dry-run")]
    [InlineData("MONITOR_SCHEDULE", "*/30 * * * * *")]
    [InlineData("DELIVERY_SCHEDULE", "*/5 * * * * *")]
    [InlineData("Bitget__BaseAddress", "https://api.bitget.com")]
    [InlineData("Bitget__ProductType", "USDT-FUTURES")]
    [InlineData("Bitget__AccountKind", "auto")]
    public void DeploymentWithoutOverrides_GetsTheSafeDefault(string setting, string expected)
    {
        var value = AppSettingChecks.DefaultValue(InfraFiles.Parse(InfraFiles.Main), "app", FunctionApp, setting);

        Assert.Equal(expected, value?.AsLiteralString());
    }

    [Theory]
    [InlineData("sentinelMode", "['off''dry-run''live']")]
    [InlineData("bitgetAccountKind", "['auto''classic''unified']")]
    public void Deployment_RefusesValuesTheAppWouldRejectAtStart(string parameter, string allowed)
    {
        var decorator = InfraFiles.Parse(InfraFiles.Main).Parameter(parameter)?.Decorators.SingleOrDefault(d => d.Name == "allowed");

        Assert.Equal(allowed, decorator?.Arguments);
    }

    [Fact]
    public void DeploymentWithoutOverrides_DoesNotUseDemoTrading()
    {
        var main = InfraFiles.Parse(InfraFiles.Main);

        Assert.Equal("string(bitgetDemoTrading)", AppSettingChecks.Value(FunctionApp, "Bitget__DemoTrading")?.Text);
        Assert.Equal("bitgetDemoTrading", main.Module("app")?.Params?.Get("bitgetDemoTrading")?.AsIdentifier());
        Assert.True(main.Parameter("bitgetDemoTrading")?.Default?.IsLiteral(false));
    }

    [Fact]
    public void DefaultValue_ModeDefaultChangedToLive_IsSeen()
    {
        var main = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Main), "param sentinelMode string = 'dry-run'", "param sentinelMode string = 'live'");

        var value = AppSettingChecks.DefaultValue(BicepDocument.Parse(main), "app", FunctionApp, "Sentinel__Mode");

        Assert.Equal("live", value?.AsLiteralString());
    }

    private static List<string> RequiredInAzure(IEnumerable<string> keys) =>
        keys.Where(key => !LocalOnly.ContainsKey(key) && !IsLocalSecret(key)).ToList();

    private static bool IsLocalSecret(string key) => key.StartsWith(LocalSecretPrefix, StringComparison.Ordinal);
}
