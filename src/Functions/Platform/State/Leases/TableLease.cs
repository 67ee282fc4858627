using Azure;

namespace Sentinel.Functions.Platform.State.Leases;

/// <summary>A lease this instance holds until <see cref="ExpiresAt"/>, unless it renews it.</summary>
public sealed record TableLease(string Name, string Owner, DateTimeOffset ExpiresAt)
{
    internal ETag ETag { get; init; }

    /// <summary>
    /// True when the lease row was still exactly as this instance left it when it last released the lease, so
    /// nobody else has held the lease in between (work done under it by this instance is still the latest).
    /// </summary>
    internal bool UntouchedSinceOurRelease { get; init; }
}
