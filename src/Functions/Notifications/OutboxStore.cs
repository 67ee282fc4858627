using Azure;
using Azure.Data.Tables;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// The <c>outbox</c> table. Rows are inserted once (the idempotency key is the RowKey, so storing the same
/// notification twice is a no-op) and afterwards changed only under their ETag: a sender first <em>claims</em> a
/// row by pushing its next attempt past the send (<see cref="ClaimDuration"/>), so two senders never send the
/// same row at once; a sender that dies leaves the row due again once the claim runs out.
/// </summary>
public sealed class OutboxStore(StateTableClients tables)
{
    /// <summary>Longer than one send can take (the notifier timeout is at most a minute).</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);

    private readonly LazyTableClient _table = tables.Get(StateTables.Outbox);

    /// <summary>
    /// Stores a new entry already claimed by the caller until <paramref name="claimedUntil"/>. Null when the row
    /// exists (the same notification was stored before): the caller does not own it.
    /// </summary>
    public async Task<StoredOutboxEntry?> TryInsertClaimedAsync(OutboxEntry entry, bool isNotice, DateTimeOffset claimedUntil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var claimed = entry with { NextAttemptAt = claimedUntil };
        var table = await _table.GetAsync(cancellationToken);
        try
        {
            var response = await table.AddEntityAsync(OutboxEntity.ToEntity(claimed, isNotice), cancellationToken);
            return new StoredOutboxEntry(claimed, response.Headers.ETag ?? default, isNotice);
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return null;
        }
    }

    /// <summary>Removes a row this caller inserted and still owns (a state change that did not commit).</summary>
    public async Task<bool> TryDeleteAsync(StoredOutboxEntry stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var table = await _table.GetAsync(cancellationToken);
        try
        {
            var response = await table.DeleteEntityAsync(stored.Entry.Channel, stored.Entry.IdempotencyKey, stored.ETag, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return false;
        }
    }

    /// <summary>Pending rows of <paramref name="channel"/> whose next attempt is due, oldest first, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<StoredOutboxEntry>> ListDueAsync(string channel, DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var pending = nameof(OutboxStatus.Pending);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {channel} and Status eq {pending} and NextAttemptAt le {now}");
        var table = await _table.GetAsync(cancellationToken);
        var due = new List<StoredOutboxEntry>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                due.Add(OutboxEntity.ToStored(entity));
            }
        }
        catch (RequestFailedException e) when (e.ErrorCode == "TableNotFound")
        {
            // The table is created on the first write; until then (or after it was removed) nothing is due.
            return [];
        }

        return due.OrderBy(e => e.Entry.CreatedAt).Take(max).ToList();
    }

    /// <summary>The rows of one channel not delivered (pending or dead-lettered), for the delivery health component.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListUndeliveredAsync(string channel, CancellationToken cancellationToken = default)
    {
        var delivered = nameof(OutboxStatus.Delivered);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {channel} and Status ne {delivered}");
        var table = await _table.GetAsync(cancellationToken);
        var rows = new List<OutboxEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(OutboxEntity.ToStored(entity).Entry);
        }

        return rows;
    }

    /// <summary>All rows of one channel (for the API and tests).</summary>
    public async Task<IReadOnlyList<StoredOutboxEntry>> ListAsync(string channel, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var rows = new List<StoredOutboxEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {channel}"), cancellationToken: cancellationToken))
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
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {channel} and Status ne {pending} and CreatedAt lt {before}");
        var table = await _table.GetAsync(cancellationToken);
        var pruned = 0;
        try
        {
            pruned = await PruneRowsAsync(table, filter, max, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == "TableNotFound")
        {
            // No table yet (it is created on the first write): nothing to prune.
        }

        return pruned;
    }

    private static async Task<int> PruneRowsAsync(TableClient table, string filter, int max, CancellationToken cancellationToken)
    {
        var pruned = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (pruned >= max)
            {
                break;
            }

            try
            {
                var response = await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
                pruned += response.Status == 404 ? 0 : 1;
            }
            catch (RequestFailedException e) when (e.IsConcurrencyConflict())
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
        var table = await _table.GetAsync(cancellationToken);
        try
        {
            var response = await table.UpdateEntityAsync(OutboxEntity.ToEntity(next, current.IsNotice), current.ETag, TableUpdateMode.Replace, cancellationToken);
            return new StoredOutboxEntry(next, response.Headers.ETag ?? default, current.IsNotice);
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return null;
        }
    }
}
