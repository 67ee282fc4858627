using Azure;
using Azure.Data.Tables;

namespace Sentinel.Functions.Platform.State;

/// <summary>
/// Read-modify-write of one entity under its ETag: read, let the caller decide, write only if nobody wrote
/// in between, else read again and decide again, at most a bounded number of times. Each write carries a
/// fresh <see cref="WriteIdProperty"/>, so a write whose answer was lost and whose retry then "conflicted"
/// with itself is recognised as done, not decided twice.
/// </summary>
internal static class OptimisticUpdate
{
    public const int DefaultMaxAttempts = 5;

    /// <summary>The property that marks which write produced the stored entity.</summary>
    public const string WriteIdProperty = "SentinelWriteId";

    /// <summary>
    /// Applies <paramref name="decide"/> to the current entity (null if absent). It returns the entity to
    /// store (same keys) or null to leave things as they are. Returns what is stored afterwards. The last
    /// conflict (a <see cref="RequestFailedException"/> for which <see cref="TableConflicts.IsConcurrencyConflict"/>
    /// holds) propagates when every attempt lost to another writer.
    /// </summary>
    public static Task<TableEntity?> ApplyAsync(
        TableClient table,
        string partitionKey,
        string rowKey,
        Func<TableEntity?, TableEntity?> decide,
        int maxAttempts = DefaultMaxAttempts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return ApplyAsync(table, partitionKey, rowKey, (current, _) => ValueTask.FromResult(decide(current)), maxAttempts, cancellationToken);
    }

    /// <inheritdoc cref="ApplyAsync(TableClient, string, string, Func{TableEntity?, TableEntity?}, int, CancellationToken)"/>
    public static async Task<TableEntity?> ApplyAsync(
        TableClient table,
        string partitionKey,
        string rowKey,
        Func<TableEntity?, CancellationToken, ValueTask<TableEntity?>> decide,
        int maxAttempts = DefaultMaxAttempts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync(table, partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
            var next = await decide(current, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                return current;
            }

            if (next.PartitionKey != partitionKey || next.RowKey != rowKey)
            {
                throw new InvalidOperationException($"The decision for ({partitionKey}, {rowKey}) returned an entity with other keys.");
            }

            var writeId = Guid.NewGuid().ToString("N");
            next[WriteIdProperty] = writeId;
            try
            {
                var written = await WriteAsync(table, current, next, cancellationToken).ConfigureAwait(false);
                next.ETag = written.Headers.ETag ?? default;
                return next;
            }
            catch (RequestFailedException e) when (e.IsConcurrencyConflict())
            {
                if (await StoredAsync(table, partitionKey, rowKey, writeId, cancellationToken).ConfigureAwait(false) is { } ours)
                {
                    return ours;
                }

                if (attempt == maxAttempts)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>The entity, or null if there is none.</summary>
    public static async Task<TableEntity?> ReadAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static async Task<TableEntity?> StoredAsync(TableClient table, string partitionKey, string rowKey, string writeId, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(table, partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
        return stored?.GetString(WriteIdProperty) == writeId ? stored : null;
    }

    private static Task<Response> WriteAsync(TableClient table, TableEntity? current, TableEntity next, CancellationToken cancellationToken) =>
        current is null
            ? table.AddEntityAsync(next, cancellationToken)
            : table.UpdateEntityAsync(next, current.ETag, TableUpdateMode.Replace, cancellationToken);
}
