using Azure.Core;
using Azure.Security.KeyVault.Secrets;
using Bitget.Client.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.Secrets;

internal static class SecretsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISecretProvider"/> (Key Vault via <see cref="SecretClient"/> and DefaultAzureCredential
    /// when <c>KeyVault__VaultUri</c> is set, else configuration <c>Secrets__&lt;name&gt;</c>), the Bitget
    /// credentials provider built on it, and <see cref="SecretsHealth"/>. Reads the <c>KeyVault</c> section
    /// (validated on start), <c>Secrets</c> and <c>AZURE_CLIENT_ID</c>.
    /// </summary>
    public static IServiceCollection AddSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SecretsOptions>()
            .Bind(configuration.GetSection(SecretsOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.VaultUri) || (Uri.TryCreate(o.VaultUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps), "KeyVault__VaultUri must be an absolute https URI such as https://myvault.vault.azure.net/.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => AzureCredentials.Create(configuration));
        services.TryAddSingleton<ISecretSource>(sp => CreateSource(sp, configuration));
        services.TryAddSingleton<ISecretProvider, CachingSecretProvider>();
        services.TryAddSingleton<IBitgetCredentialsProvider, KeyVaultBitgetCredentialsProvider>();
        services.TryAddSingleton<SecretsHealth>();
        return services;
    }

    private static ISecretSource CreateSource(IServiceProvider services, IConfiguration configuration)
    {
        var vaultUri = services.GetRequiredService<IOptions<SecretsOptions>>().Value.VaultUri;
        if (string.IsNullOrWhiteSpace(vaultUri))
        {
            return new ConfigurationSecretSource(configuration);
        }

        var client = new SecretClient(new Uri(vaultUri), services.GetRequiredService<TokenCredential>());
        return new KeyVaultSecretSource(client);
    }
}
