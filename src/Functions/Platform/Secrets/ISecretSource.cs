namespace Sentinel.Functions.Platform.Secrets;

/// <summary>Where secret values come from, uncached: Key Vault or configuration.</summary>
internal interface ISecretSource
{
    /// <summary>Where this source looks, for messages (a vault URI or a configuration section), never a value.</summary>
    string Description { get; }

    /// <summary>The value, or null if the secret does not exist.</summary>
    Task<string?> ReadAsync(string name, CancellationToken cancellationToken = default);
}
