using Sentinel.Functions.Notifications;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Delivery;

/// <summary>
/// The <c>outbox</c> table. Rows are inserted once (the idempotency key is the RowKey, so storing the same
/// notification twice is a no-op) and afterwards changed only under their ETag: a sender first <em>claims</em> a
/// row by pushing its next attempt past the send (<see cref="ClaimDuration"/>), so two senders never send the
/// same row at once; a sender that dies leaves the row due again once the claim runs out.
/// </summary>
public sealed class OutboxStore(TableServiceClient service)
{
    /// <summary>Longer than one send can take (the notifier timeout is at most a minute).</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);

    private readonly TableClient _table = service.GetTableClient(StateTables.Outbox);

    /// <summary>
    /// Stores a new entry already claimed by the caller until <paramref name="claimedUntil"/>. Null when the row
    /// exists (the same notification was stored before): the caller does not own it.
    /// </summary>
    public async Task<StoredOutboxEntry?> TryInsertClaimedAsync(OutboxEntry entry, bool isNotice, DateTimeOffset claimedUntil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var claimed = entry with { NextAttemptAt = claimedUntil };
        try
        {
            var etag = await _table.AddEntityAsync(OutboxEntity.ToEntity(claimed, isNotice), cancellationToken);
            return new StoredOutboxEntry(claimed, etag, isNotice);
        }
        catch (TableConcurrencyException)
        {
            return null;
        }
    }

    /// <summary>Removes a row this caller inserted and still owns (a state change that did not commit).</summary>
    public async Task<bool> TryDeleteAsync(StoredOutboxEntry stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            return await _table.DeleteEntityAsync(stored.Entry.Channel, stored.Entry.IdempotencyKey, stored.ETag, cancellationToken);
        }
        catch (TableConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Pending rows of <paramref name="channel"/> whose next attempt is due, oldest first, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<StoredOutboxEntry>> ListDueAsync(string channel, DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var pending = nameof(OutboxStatus.Pending);
        var filter = TableFilter.Create($"PartitionKey eq {channel} and Status eq {pending} and NextAttemptAt le {now}");
        var due = new List<StoredOutboxEntry>();
        await foreach (var entity in _table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            due.Add(OutboxEntity.ToStored(entity));
        }

        return due.OrderBy(e => e.Entry.CreatedAt).Take(max).ToList();
    }

    /// <summary>All rows of one channel (for the API and tests).</summary>
    public async Task<IReadOnlyList<StoredOutboxEntry>> ListAsync(string channel, CancellationToken cancellationToken = default)
    {
        var rows = new List<StoredOutboxEntry>();
        await foreach (var entity in _table.QueryAsync(TableFilter.Create($"PartitionKey eq {channel}"), cancellationToken: cancellationToken))
        {
            rows.Add(OutboxEntity.ToStored(entity));
        }

        return rows;
    }

    /// <summary>
    /// Deletes up to <paramref name="max"/> finished rows (delivered or dead-lettered) created before
    /// <paramref name="before"/>; returns how many. Until then a finished row keeps its idempotency key taken, so a
    /// late duplicate of the same notification is still recognised.
    /// </summary>
    public async Task<int> PruneAsync(string channel, DateTimeOffset before, int max, CancellationToken cancellationToken = default)
    {
        var pending = nameof(OutboxStatus.Pending);
        var filter = TableFilter.Create($"PartitionKey eq {channel} and Status ne {pending} and CreatedAt lt {before}");
        var pruned = 0;
        await foreach (var entity in _table.QueryAsync(filter, ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (pruned >= max)
            {
                break;
            }

            try
            {
                pruned += await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken) ? 1 : 0;
            }
            catch (TableConcurrencyException)
            {
                // Changed since the query; it is looked at again on the next run.
            }
        }

        return pruned;
    }

    /// <summary>Writes <paramref name="next"/> if the row still has <paramref name="current"/>'s ETag; null when another writer got there first.</summary>
    public async Task<StoredOutboxEntry?> TryReplaceAsync(StoredOutboxEntry current, OutboxEntry next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            var etag = await _table.UpdateEntityAsync(OutboxEntity.ToEntity(next, current.IsNotice), current.ETag, TableUpdateMode.Replace, cancellationToken);
            return new StoredOutboxEntry(next, etag, current.IsNotice);
        }
        catch (TableConcurrencyException)
        {
            return null;
        }
    }
}
