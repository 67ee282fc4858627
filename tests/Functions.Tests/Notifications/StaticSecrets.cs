using Sentinel.Functions.Notifications;

namespace Functions.Tests.Notifications;

/// <summary>Secrets held in memory, as the Secrets feature would hand them out.</summary>
internal sealed class StaticSecrets(Dictionary<string, string> values) : INotificationSecrets
{
    public ValueTask<string?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(values.GetValueOrDefault(name));
}
