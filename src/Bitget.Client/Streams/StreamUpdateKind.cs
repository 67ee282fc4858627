namespace Bitget.Client.Streams;

/// <summary>What an item read from a subscription is.</summary>
public enum StreamUpdateKind
{
    /// <summary>A push with <c>action: snapshot</c>: the channel's full current data.</summary>
    Snapshot,

    /// <summary>A push with <c>action: update</c>: a change (an incremental book delta, a new candle value).</summary>
    Update,

    /// <summary>
    /// Private channels only: the full current state read from REST after a (re)subscribe or a buffer overflow. Replace what
    /// you hold with it; every later push is newer.
    /// </summary>
    Resynced,

    /// <summary>
    /// Private channels only: updates may have been missed and no REST snapshot could be taken (no REST client, or it
    /// failed; it is retried). Treat the state as unknown until the next <see cref="Resynced"/>.
    /// </summary>
    Gap,
}
