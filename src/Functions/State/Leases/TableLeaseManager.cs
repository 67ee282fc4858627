using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.State.Leases;

/// <summary>
/// Named leases in the <c>leases</c> table so only one instance runs a piece of work at a time (one tick
/// across overlapping timers and scale-out). Each lease is one row (owner, expiry) written under its
/// ETag: of two contenders, exactly one write succeeds. An expired lease may be taken over; the clock is
/// the injected <see cref="TimeProvider"/>, so instances' clocks should agree to well within a lease.
/// </summary>
public sealed class TableLeaseManager(TableClient leases, TimeProvider timeProvider)
{
    internal const string PartitionKey = "lease";

    /// <summary>Takes the lease if it is free, expired, or already ours; null if another owner holds it.</summary>
    public async Task<TableLease?> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var current = await leases.GetEntityIfExistsAsync(PartitionKey, name, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        if (current is not null && current.GetString("Owner") != owner && current.GetDateTimeOffset("ExpiresAt") > now)
        {
            return null;
        }

        var row = Row(name, owner, now + duration);
        try
        {
            var etag = current is null
                ? await leases.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await leases.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new TableLease(name, owner, now + duration) { ETag = etag };
        }
        catch (TableConcurrencyException)
        {
            return null;
        }
    }

    /// <summary>Extends a lease still held; null if it was lost (expired and taken, or released).</summary>
    public async Task<TableLease?> RenewAsync(TableLease lease, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var now = timeProvider.GetUtcNow();
        try
        {
            var etag = await leases.UpdateEntityAsync(Row(lease.Name, lease.Owner, now + duration), lease.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return lease with { ExpiresAt = now + duration, ETag = etag };
        }
        catch (TableRequestException e) when (e is TableConcurrencyException || e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Gives the lease up if still held; a lease already taken over is left to its new owner.</summary>
    public async Task ReleaseAsync(TableLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            await leases.DeleteEntityAsync(PartitionKey, lease.Name, lease.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (TableConcurrencyException)
        {
            // Someone else holds it now; their lease is not ours to delete.
        }
    }

    /// <summary>Runs <paramref name="work"/> only if the lease can be taken; false if another owner holds it.</summary>
    public async Task<bool> RunExclusiveAsync(string name, string owner, TimeSpan duration, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var lease = await TryAcquireAsync(name, owner, duration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return false;
        }

        try
        {
            await work(cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            await ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static TableEntity Row(string name, string owner, DateTimeOffset expiresAt) =>
        new(PartitionKey, name) { ["Owner"] = owner, ["ExpiresAt"] = expiresAt };
}
