using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;

namespace Sentinel.Functions.Platform.State.Leases;

/// <summary>
/// Named leases in the <c>leases</c> table so only one instance runs a piece of work at a time (one tick
/// across overlapping timers and scale-out). Each lease is one row (owner, expiry) written under its
/// ETag: of two contenders, exactly one write succeeds. An expired or released lease may be taken; the clock is
/// the injected <see cref="TimeProvider"/>, so instances' clocks should agree to well within a lease.
/// Releasing marks the row free (it is not deleted) and remembers its ETag, so this instance's next acquire is
/// one conditional write, and a successful one proves nobody held the lease in between.
/// </summary>
public sealed class TableLeaseManager(TableClient leases, TimeProvider timeProvider, ILogger<TableLeaseManager>? logger = null)
{
    internal const string PartitionKey = "lease";

    private readonly LazyTableClient _table = new(leases);
    private readonly ConcurrentDictionary<string, ETag> _released = new(StringComparer.Ordinal);

    /// <summary>Takes the lease if it is free, expired, or already ours; null if another owner holds it.</summary>
    public async Task<TableLease?> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        if (_released.TryRemove(name, out var releasedETag)
            && await TryWriteAsync(table, Row(name, owner, now + duration), releasedETag, cancellationToken).ConfigureAwait(false) is { } resumed)
        {
            return new TableLease(name, owner, now + duration) { ETag = resumed, UntouchedSinceOurRelease = true };
        }

        var current = await OptimisticUpdate.ReadAsync(table, PartitionKey, name, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.GetString("Owner") is { Length: > 0 } holder && holder != owner && current.GetDateTimeOffset("ExpiresAt") > now)
        {
            return null;
        }

        var etag = await TryWriteAsync(table, Row(name, owner, now + duration), current?.ETag ?? default, cancellationToken).ConfigureAwait(false);
        return etag is { } taken ? new TableLease(name, owner, now + duration) { ETag = taken } : null;
    }

    /// <summary>Extends a lease still held; null if it was lost (expired and taken, or released).</summary>
    public async Task<TableLease?> RenewAsync(TableLease lease, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var etag = await TryWriteAsync(table, Row(lease.Name, lease.Owner, now + duration), lease.ETag, cancellationToken).ConfigureAwait(false);
        return etag is { } renewed ? lease with { ExpiresAt = now + duration, ETag = renewed } : null;
    }

    /// <summary>Gives the lease up if still held; a lease already taken over is left to its new owner.</summary>
    public async Task ReleaseAsync(TableLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var free = Row(lease.Name, string.Empty, timeProvider.GetUtcNow());
        if (await TryWriteAsync(table, free, lease.ETag, cancellationToken).ConfigureAwait(false) is { } etag)
        {
            _released[lease.Name] = etag;
        }
    }

    /// <summary>
    /// Takes the lease like <see cref="TryAcquireAsync"/> and keeps it renewed until the returned hold is disposed
    /// (which releases it); null if another owner holds it.
    /// </summary>
    public async Task<LeaseHold?> TryHoldAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var lease = await TryAcquireAsync(name, owner, duration, cancellationToken).ConfigureAwait(false);
        return lease is null ? null : new LeaseHold(this, lease, duration, timeProvider, logger ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>
    /// Runs <paramref name="work"/> only if the lease can be taken, renewing it meanwhile; false if another owner holds
    /// it. The work's token is also cancelled when the lease is lost (<see cref="LeaseHold.Lost"/>).
    /// </summary>
    public async Task<bool> RunExclusiveAsync(string name, string owner, TimeSpan duration, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var hold = await TryHoldAsync(name, owner, duration, cancellationToken).ConfigureAwait(false);
        if (hold is null)
        {
            return false;
        }

        using var whileHeld = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);
        await work(whileHeld.Token).ConfigureAwait(false);
        return true;
    }

    // Insert when there is no row (default ETag), else replace under the ETag; null when another writer got there first or the row is gone.
    private static async Task<ETag?> TryWriteAsync(TableClient table, TableEntity row, ETag ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            var response = ifMatch == default
                ? await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(row, ifMatch, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag;
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict() || e.ErrorCode == "ResourceNotFound")
        {
            return null;
        }
    }

    private static TableEntity Row(string name, string owner, DateTimeOffset expiresAt) =>
        new(PartitionKey, name) { ["Owner"] = owner, ["ExpiresAt"] = expiresAt };
}
