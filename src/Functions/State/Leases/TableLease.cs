using Azure;

namespace Sentinel.Functions.State.Leases;

/// <summary>A lease this instance holds until <see cref="ExpiresAt"/>, unless it renews it.</summary>
public sealed record TableLease(string Name, string Owner, DateTimeOffset ExpiresAt)
{
    internal ETag ETag { get; init; }
}
