using Bitget.Client.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Platform.Secrets;

namespace Functions.Tests.Platform.Secrets;

public sealed class SecretsRegistrationTests
{
    [Fact]
    public async Task AddSecrets_WithoutVault_ReadsSecretsFromConfiguration()
    {
        using var services = CreateSut(new()
        {
            ["Secrets:bitget-api-key"] = "local-key",
            ["Secrets:bitget-api-secret"] = "local-secret",
            ["Secrets:bitget-api-passphrase"] = "local-pass",
        });

        var credentials = await services.GetRequiredService<IBitgetCredentialsProvider>().GetAsync();
        var health = await services.GetRequiredService<SecretsHealth>().CheckAsync();

        Assert.Equal(("local-key", "local-secret", "local-pass"), (credentials.ApiKey, credentials.Secret, credentials.Passphrase));
        Assert.IsType<ConfigurationSecretSource>(services.GetRequiredService<ISecretSource>());
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Fact]
    public async Task AddSecrets_ConfigurationChangedAndInvalidated_ReadsTheNewValue()
    {
        var configuration = new Dictionary<string, string?> { ["Secrets:webhook-url"] = "https://hooks.example/one" };
        var source = new MemoryConfigurationSourceWithSet(configuration);
        using var services = CreateSutFrom(source);
        var secrets = services.GetRequiredService<ISecretProvider>();
        await secrets.GetAsync(SecretNames.WebhookUrl);

        source.Set("Secrets:webhook-url", "https://hooks.example/two");
        secrets.Invalidate(SecretNames.WebhookUrl);

        Assert.Equal("https://hooks.example/two", await secrets.GetAsync(SecretNames.WebhookUrl));
    }

    [Fact]
    public async Task Health_MissingBitgetSecret_IsUnhealthyNamingItButNotTheOthersValues()
    {
        using var services = CreateSut(new() { ["Secrets:bitget-api-key"] = "present-key-value" });

        var health = await services.GetRequiredService<SecretsHealth>().CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("bitget-api-secret", health.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("present-key-value", health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSecrets_WithVaultUri_UsesKeyVault()
    {
        using var services = CreateSut(new() { ["KeyVault:VaultUri"] = "https://sentinel-kv.vault.azure.net/", ["AZURE_CLIENT_ID"] = "11111111-2222-3333-4444-555555555555" });

        var source = services.GetRequiredService<ISecretSource>();

        Assert.IsType<KeyVaultSecretSource>(source);
        Assert.Contains("sentinel-kv.vault.azure.net", source.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSecrets_PlainHttpVaultUri_FailsValidation()
    {
        using var services = CreateSut(new() { ["KeyVault:VaultUri"] = "http://sentinel-kv.vault.azure.net/" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SecretsOptions>>().Value);

        Assert.Contains("KeyVault__VaultUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InvalidSecretName_IsRefused()
    {
        using var services = CreateSut([]);

        await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<ISecretProvider>().GetAsync("no spaces/allowed").AsTask());
    }

    private static ServiceProvider CreateSut(Dictionary<string, string?> settings) => CreateSutFrom(new MemoryConfigurationSourceWithSet(settings));

    private static ServiceProvider CreateSutFrom(MemoryConfigurationSourceWithSet source)
    {
        var configuration = new ConfigurationBuilder().Add(source).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddLogging();
        services.AddSecrets(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>An in-memory configuration whose values a test can change after the app has started.</summary>
    private sealed class MemoryConfigurationSourceWithSet(Dictionary<string, string?> initial) : IConfigurationSource
    {
        private readonly Provider _provider = new(initial);

        public void Set(string key, string value) => _provider.Set(key, value);

        public IConfigurationProvider Build(IConfigurationBuilder builder) => _provider;

        private sealed class Provider : ConfigurationProvider
        {
            public Provider(Dictionary<string, string?> initial)
            {
                foreach (var (key, value) in initial)
                {
                    Data[key] = value;
                }
            }
        }
    }
}
