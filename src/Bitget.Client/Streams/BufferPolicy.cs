namespace Bitget.Client.Streams;

/// <summary>What a subscription does when its bounded buffer is full.</summary>
public enum BufferPolicy
{
    /// <summary>Public market data: drop the oldest buffered update, so the newest always gets in (latest wins).</summary>
    DropOldest,

    /// <summary>
    /// Private state (orders, positions, account): nothing is dropped silently. The buffer is cleared, a buffer-full event is
    /// raised, and a <see cref="StreamUpdateKind.Resynced"/> snapshot from REST replaces what was lost.
    /// </summary>
    ResyncOnOverflow,
}
