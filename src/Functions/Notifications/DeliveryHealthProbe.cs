using System.Globalization;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Health;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// Component <c>delivery</c>: per channel, the notifications waiting (and the oldest one's age), those whose last
/// attempt failed (and why: a status code or failure kind, never a URL), and recent dead letters. Degraded when a
/// notification has waited longer than <see cref="DeliveryPolicyOptions.PendingDegradedAfter"/> or a dead letter is
/// younger than <see cref="DeliveryPolicyOptions.DeadLetterDegradedFor"/>.
/// </summary>
internal sealed class DeliveryHealthProbe(OutboxStore outbox, ChannelDirectory channels, IOptions<DeliveryPolicyOptions> options, TimeProvider timeProvider) : IHealthProbe
{
    public string Name => "delivery";

    public async Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        var perChannel = await Task.WhenAll(channels.Names.Select(async channel => (channel, Rows: await outbox.ListUndeliveredAsync(channel, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        var degraded = false;
        var lines = new List<string>();
        foreach (var (channel, rows) in perChannel)
        {
            var pending = rows.Where(r => r.Status == OutboxStatus.Pending).ToList();
            var failing = pending.Where(r => r.LastError is not null).OrderByDescending(r => r.LastAttemptAt).ToList();
            var deadLetters = rows.Count(r => r.Status == OutboxStatus.DeadLettered && now - (r.LastAttemptAt ?? r.CreatedAt) < settings.DeadLetterDegradedFor);
            var oldest = pending.Count == 0 ? (TimeSpan?)null : now - pending.Min(r => r.CreatedAt);
            degraded |= oldest > settings.PendingDegradedAfter || deadLetters > 0;
            lines.Add(Describe(channel, pending.Count, oldest, failing, deadLetters, settings.DeadLetterDegradedFor));
        }

        var detail = string.Join("; ", lines) + ".";
        return degraded ? HealthProbeResult.Degraded(detail) : HealthProbeResult.Healthy(detail);
    }

    private static string Describe(string channel, int pending, TimeSpan? oldest, List<OutboxEntry> failing, int deadLetters, TimeSpan window)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{channel}: {pending} pending") };
        if (oldest is { } age)
        {
            parts[0] += $" (oldest {Age(age)})";
        }

        if (failing.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{failing.Count} failing (last: {failing[0].LastError})"));
        }

        if (deadLetters > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{deadLetters} dead-lettered within {Age(window)}"));
        }

        return string.Join(", ", parts);
    }

    private static string Age(TimeSpan age) => age.TotalSeconds < 120
        ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalSeconds:0} s")
        : age.TotalHours < 2 ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalMinutes:0} min") : string.Create(CultureInfo.InvariantCulture, $"{age.TotalHours:0} h");
}
