using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Platform.Secrets;

/// <summary>
/// <c>KeyVault__VaultUri</c>: the vault to read secrets from with the app's managed identity; empty means
/// read <c>Secrets__&lt;name&gt;</c> from configuration instead (local runs). <c>KeyVault__CacheTtl</c>:
/// how long a value is reused before it is read again (default 5 minutes).
/// </summary>
internal sealed class SecretsOptions
{
    public const string SectionName = "KeyVault";

    public string? VaultUri { get; set; }

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(5);
}
