using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.State.Leases;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// Moves notifications through the outbox. Producers (the alert tick, the guard's notifier) only store rows
/// (<see cref="EnqueueAsync"/>, <see cref="ReleaseAsync"/>) and never wait on a channel; <c>DeliverNotifications</c>
/// is the only sender (<see cref="DrainAsync"/>): under the <c>deliver-notifications</c> lease it claims each due row
/// just before sending it, sends at most <see cref="DeliveryPolicyOptions.MaxConcurrentSends"/> at once, abandons an
/// attempt after <see cref="DeliveryPolicyOptions.AttemptTimeout"/>, and records the outcome under the row's ETag with
/// <see cref="DeliveryPolicy"/>. A row is always claimed before it is sent, so no two senders send it at once; a
/// permanent failure dead-letters the row and stores a notice for the other configured channels.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboxStore outbox,
    ChannelDirectory channels,
    DeliveryPolicy policy,
    TableLeaseManager leases,
    IOptions<DeliveryPolicyOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger)
{
    public const string LeaseName = "deliver-notifications";
    public const int BatchSize = 100;

    /// <summary>How long finished rows are kept (for inspection, and so a late duplicate still finds its key taken).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    // Short and renewed while the run works (TableLeaseManager.RunExclusiveAsync): a crashed sender blocks delivery for at most this long.
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Stores <paramref name="notification"/> once per channel, not sent before <paramref name="dueAt"/> (a producer
    /// that still has to commit its decision stores the rows claimed, then <see cref="ReleaseAsync"/>s them); returns
    /// the rows this call created (a row that already existed belongs to whoever stored it).
    /// </summary>
    public async Task<IReadOnlyList<StoredOutboxEntry>> EnqueueAsync(
        AlertNotification notification, IEnumerable<string> channelNames, bool isNotice, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelNames);
        var now = timeProvider.GetUtcNow();
        var owned = new List<StoredOutboxEntry>();
        foreach (var channel in channelNames)
        {
            var stored = await outbox.TryInsertClaimedAsync(OutboxEntry.Create(notification, channel, now), isNotice, dueAt, cancellationToken);
            if (stored is not null)
            {
                owned.Add(stored);
            }
        }

        return owned;
    }

    /// <summary>Makes a row the caller stored claimed due now, for the next delivery run; false when it changed meanwhile.</summary>
    public async Task<bool> ReleaseAsync(StoredOutboxEntry claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return await outbox.TryReplaceAsync(claimed, claimed.Entry with { NextAttemptAt = timeProvider.GetUtcNow() }, cancellationToken) is not null;
    }

    /// <summary>Sends every due row of every channel, under the lease; false when another instance holds it.</summary>
    public Task<bool> DrainAsync(CancellationToken cancellationToken = default) =>
        leases.RunExclusiveAsync(LeaseName, Guid.NewGuid().ToString("N"), LeaseDuration, DrainLeasedAsync, cancellationToken);

    private async Task DrainLeasedAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var perChannel = await Task.WhenAll(channels.Names.Select(channel => outbox.ListDueAsync(channel, now, BatchSize, cancellationToken)));
        var due = perChannel.SelectMany(rows => rows).OrderBy(row => row.Entry.CreatedAt).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (row, token) => await ClaimAndSendAsync(row, token));
        foreach (var channel in channels.Names)
        {
            await outbox.PruneAsync(channel, now - Retention, BatchSize, cancellationToken);
        }
    }

    private async Task ClaimAndSendAsync(StoredOutboxEntry due, CancellationToken cancellationToken)
    {
        // Claimed just before the send, not when listed: a long batch must not outlast the claims of its last rows.
        var claim = due.Entry with { NextAttemptAt = timeProvider.GetUtcNow() + OutboxStore.ClaimDuration };
        if (await outbox.TryReplaceAsync(due, claim, cancellationToken) is { } claimed)
        {
            await SendClaimedAsync(claimed, cancellationToken);
        }
    }

    private async Task SendClaimedAsync(StoredOutboxEntry claimed, CancellationToken cancellationToken)
    {
        var entry = claimed.Entry;
        var notification = entry.ReadNotification();
        var result = await AttemptAsync(entry.Channel, notification, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var next = policy.Apply(entry, result, now);
        if (await outbox.TryReplaceAsync(claimed, next, cancellationToken) is null)
        {
            LogClaimLost(logger, entry.Channel, entry.IdempotencyKey);
            return;
        }

        if (result.Outcome == DeliveryOutcome.Delivered)
        {
            LogDelivered(logger, entry.Channel, entry.IdempotencyKey, next.Attempts);
        }
        else
        {
            // The reason is a status code or a failure kind: never the channel's URL, which is a bearer secret.
            LogFailed(logger, entry.Channel, result.Outcome, result.Reason, entry.IdempotencyKey, next.Status, next.Attempts);
        }

        if (next.Status == OutboxStatus.DeadLettered && !claimed.IsNotice)
        {
            var others = await channels.ConfiguredAsync(channels.Names.Where(c => c != entry.Channel), cancellationToken);
            await EnqueueAsync(DeadLetterNotice.Create(next, notification, now), others, isNotice: true, now, cancellationToken);
        }
    }

    private async Task<DeliveryResult> AttemptAsync(string channelName, AlertNotification notification, CancellationToken cancellationToken)
    {
        var timeout = options.Value.AttemptTimeout;
        using var attemptTimeout = new CancellationTokenSource(timeout, timeProvider);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
        try
        {
            var channel = channels.Find(channelName);
            if (channel is null || !await channels.IsConfiguredAsync(channelName, attempt.Token).WaitAsync(attempt.Token))
            {
                return new DeliveryResult(DeliveryOutcome.PermanentFailure, null, $"channel {channelName} is not configured");
            }

            // WaitAsync: a channel that ignores its token is still abandoned when the attempt's time is up.
            return await channel.SendAsync(notification, attempt.Token).WaitAsync(attempt.Token);
        }
        catch (OperationCanceledException) when (attemptTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(DeliveryOutcome.RetryableFailure, null, $"timeout: no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Secrets or transport trouble: the message may name internals, so only the type is recorded.
            return new DeliveryResult(DeliveryOutcome.RetryableFailure, null, "send failed: " + exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Channel} {Key}: delivered after {Attempts} attempt(s)")]
    private static partial void LogDelivered(ILogger logger, string channel, string key, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery to {Channel} failed: {Outcome} ({Reason}); {Key} is {Status} after {Attempts} attempt(s)")]
    private static partial void LogFailed(ILogger logger, string channel, DeliveryOutcome outcome, string reason, string key, OutboxStatus status, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Channel} {Key}: claim lost while sending; the other sender records the outcome")]
    private static partial void LogClaimLost(ILogger logger, string channel, string key);
}
