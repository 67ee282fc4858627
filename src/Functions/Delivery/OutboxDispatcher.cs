using Sentinel.Functions.Notifications;
using Sentinel.Functions.State.Leases;

namespace Sentinel.Functions.Delivery;

/// <summary>
/// Moves notifications through the outbox: stores them (claimed by the caller), sends claimed rows once and
/// records the outcome under the row's ETag with <see cref="DeliveryPolicy"/>, and drains due rows under the
/// <c>deliver-notifications</c> lease. A row is always claimed before it is sent, so no two senders send it at
/// once; a permanent failure dead-letters the row and raises a notice on the other configured channels.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboxStore outbox,
    ChannelDirectory channels,
    DeliveryPolicy policy,
    TableLeaseManager leases,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger)
{
    public const string LeaseName = "deliver-notifications";
    public const int BatchSize = 100;

    /// <summary>How long finished rows are kept (for inspection, and so a late duplicate still finds its key taken).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Stores <paramref name="notification"/> once per channel, claimed until <paramref name="claimedUntil"/>;
    /// returns the rows this call created (a row that already existed belongs to whoever stored it).
    /// </summary>
    public async Task<IReadOnlyList<StoredOutboxEntry>> EnqueueAsync(
        AlertNotification notification, IEnumerable<string> channelNames, bool isNotice, DateTimeOffset claimedUntil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelNames);
        var now = timeProvider.GetUtcNow();
        var owned = new List<StoredOutboxEntry>();
        foreach (var channel in channelNames)
        {
            var stored = await outbox.TryInsertClaimedAsync(OutboxEntry.Create(notification, channel, now), isNotice, claimedUntil, cancellationToken);
            if (stored is not null)
            {
                owned.Add(stored);
            }
        }

        return owned;
    }

    /// <summary>Sends a row the caller has claimed, once, and stores the outcome; null when the claim was lost meanwhile.</summary>
    public async Task<StoredOutboxEntry?> SendClaimedAsync(StoredOutboxEntry claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var entry = claimed.Entry;
        var notification = entry.ReadNotification();
        var result = await AttemptAsync(entry.Channel, notification, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var next = policy.Apply(entry, result, now);
        var written = await outbox.TryReplaceAsync(claimed, next, cancellationToken);
        if (written is null)
        {
            LogClaimLost(logger, entry.Channel, entry.IdempotencyKey);
            return null;
        }

        LogAttempt(logger, entry.Channel, entry.IdempotencyKey, next.Status, next.Attempts, result.Reason);
        if (next.Status == OutboxStatus.DeadLettered && !claimed.IsNotice)
        {
            await RaiseNoticeAsync(next, notification, now, cancellationToken);
        }

        return written;
    }

    /// <summary>Sends every due row of every channel, under the lease; false when another instance holds it.</summary>
    public Task<bool> DrainAsync(CancellationToken cancellationToken = default) =>
        leases.RunExclusiveAsync(
            LeaseName,
            Guid.NewGuid().ToString("N"),
            LeaseDuration,
            token => Task.WhenAll(channels.Names.Select(channel => DrainChannelAsync(channel, token))),
            cancellationToken);

    private async Task DrainChannelAsync(string channel, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var due in await outbox.ListDueAsync(channel, now, BatchSize, cancellationToken))
        {
            var claim = due.Entry with { NextAttemptAt = timeProvider.GetUtcNow() + OutboxStore.ClaimDuration };
            var claimed = await outbox.TryReplaceAsync(due, claim, cancellationToken);
            if (claimed is not null)
            {
                await SendClaimedAsync(claimed, cancellationToken);
            }
        }

        await outbox.PruneAsync(channel, now - Retention, BatchSize, cancellationToken);
    }

    private async Task<DeliveryResult> AttemptAsync(string channelName, AlertNotification notification, CancellationToken cancellationToken)
    {
        var channel = channels.Find(channelName);
        if (channel is null || !await channels.IsConfiguredAsync(channelName, cancellationToken))
        {
            return new DeliveryResult(DeliveryOutcome.PermanentFailure, null, $"channel {channelName} is not configured");
        }

        try
        {
            return await channel.SendAsync(notification, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Secrets or transport trouble: the message may name internals, so only the type is recorded.
            return new DeliveryResult(DeliveryOutcome.RetryableFailure, null, "send failed: " + exception.GetType().Name);
        }
    }

    private async Task RaiseNoticeAsync(OutboxEntry deadLettered, AlertNotification original, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var others = await channels.ConfiguredAsync(channels.Names.Where(c => c != deadLettered.Channel), cancellationToken);
        var notice = DeadLetterNotice.Create(deadLettered, original, now);
        foreach (var owned in await EnqueueAsync(notice, others, isNotice: true, now + OutboxStore.ClaimDuration, cancellationToken))
        {
            await SendClaimedAsync(owned, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Channel} {Key}: {Status} after {Attempts} attempt(s) ({Reason})")]
    private static partial void LogAttempt(ILogger logger, string channel, string key, OutboxStatus status, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Channel} {Key}: claim lost while sending; the other sender records the outcome")]
    private static partial void LogClaimLost(ILogger logger, string channel, string key);
}
