using Sentinel.Functions.Platform.Secrets;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// <see cref="INotificationSecrets"/> over the app's <see cref="ISecretProvider"/> (Key Vault, or configuration
/// locally). A secret that does not exist is null; a vault that cannot be read throws
/// <see cref="SecretUnavailableException"/>, which the outbox treats as a retryable failure.
/// </summary>
internal sealed class SecretProviderNotificationSecrets(ISecretProvider secrets) : INotificationSecrets
{
    public ValueTask<string?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        secrets.GetIfExistsAsync(name, cancellationToken);
}
