namespace Sentinel.Functions.Notifications;

/// <summary>
/// Where notifiers get their secrets (Key Vault names <c>teams-webhook-url</c>, <c>webhook-url</c>,
/// <c>webhook-signing-key</c>). The Secrets feature implements it; read on every send so a rotation applies at once.
/// </summary>
public interface INotificationSecrets
{
    ValueTask<string?> GetAsync(string name, CancellationToken cancellationToken = default);
}
