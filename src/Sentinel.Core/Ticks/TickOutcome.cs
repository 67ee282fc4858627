namespace Sentinel.Core.Ticks;

/// <summary>How one tick ended.</summary>
public enum TickOutcome
{
    /// <summary>The exchange was read and the snapshot stored.</summary>
    Succeeded,

    /// <summary>The exchange could not be read; the failure was recorded, earlier data stays as it was.</summary>
    ExchangeFailed,

    /// <summary>Another tick held the lease; this one did nothing.</summary>
    Skipped,
}
