namespace Sentinel.Functions.Platform.Secrets;

/// <summary>
/// Secrets by their fixed names (<see cref="SecretNames"/>), from Key Vault or, without a vault, from
/// configuration; cached for a TTL. Values are never logged or put in exception messages.
/// </summary>
internal interface ISecretProvider
{
    /// <summary>The secret's value; <see cref="SecretNotFoundException"/> if it does not exist.</summary>
    ValueTask<string> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The secret's value, or null if it does not exist (for optional secrets such as webhook URLs).</summary>
    ValueTask<string?> GetIfExistsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Forgets the cached value so the next read fetches it again (after a rotation).</summary>
    void Invalidate(string name);
}
