namespace Bitget.Client.V3.Orders;

/// <summary>
/// A v3 batch held a close. Bitget's UTA batch endpoint does not support reduce-only (BITGET-UTA-V3.md §2.4), so a
/// one-way "close" would be a plain trade that can open or flip a position, and a hedge close sent with a stale hold
/// mode could too. Thrown before anything is sent; place closes one by one with
/// <see cref="UnifiedOrdersApi.PlaceAsync"/>.
/// </summary>
internal sealed class BatchCloseNotSupportedException : InvalidOperationException
{
    /// <summary>Creates the exception for the closes' clientOids.</summary>
    public BatchCloseNotSupportedException(IReadOnlyList<string> clientOids)
        : base($"A v3 batch cannot carry closes (reduce-only is not supported in place-batch); {clientOids.Count} close(s) refused, nothing was sent. Place closes one by one.")
    {
        ClientOids = clientOids;
    }

    /// <summary>Creates an exception with no details; prefer the full constructor.</summary>
    public BatchCloseNotSupportedException()
        : this([])
    {
    }

    /// <summary>Creates an exception with only a message; prefer the full constructor.</summary>
    public BatchCloseNotSupportedException(string message)
        : base(message)
    {
        ClientOids = [];
    }

    /// <summary>Creates an exception with only a message and cause; prefer the full constructor.</summary>
    public BatchCloseNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ClientOids = [];
    }

    /// <summary>The clientOids of the refused closes (empty where the caller gave none).</summary>
    public IReadOnlyList<string> ClientOids { get; }
}
