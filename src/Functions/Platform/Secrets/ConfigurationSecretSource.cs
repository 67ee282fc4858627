using Microsoft.Extensions.Configuration;

namespace Sentinel.Functions.Platform.Secrets;

/// <summary>
/// The local fallback when no vault is configured: <c>Secrets__&lt;name&gt;</c> from configuration
/// (environment, local.settings.json). Read on every call, so a changed value is picked up after the TTL.
/// </summary>
internal sealed class ConfigurationSecretSource(IConfiguration configuration) : ISecretSource
{
    public const string SectionName = "Secrets";

    public string Description => $"configuration ({SectionName}__<name>)";

    public Task<string?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var value = configuration[$"{SectionName}:{name}"];
        return Task.FromResult(string.IsNullOrEmpty(value) ? null : value);
    }
}
