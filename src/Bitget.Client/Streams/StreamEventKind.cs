namespace Bitget.Client.Streams;

/// <summary>What happened to a stream connection or subscription.</summary>
public enum StreamEventKind
{
    /// <summary>The WebSocket is open (and, on a private connection, about to log in).</summary>
    Connected,

    /// <summary>A private connection logged in.</summary>
    LoggedIn,

    /// <summary>The WebSocket closed or was aborted; a reconnect follows unless the client is shutting down.</summary>
    Disconnected,

    /// <summary>A reconnect is scheduled after <see cref="StreamEventArgs.Delay"/>.</summary>
    Reconnecting,

    /// <summary>After a reconnect every subscription was sent again (<see cref="StreamEventArgs.Count"/> channels).</summary>
    Resubscribed,

    /// <summary>A subscription's buffer was full: the oldest update was dropped (public) or the state is resynchronised (private).</summary>
    BufferFull,

    /// <summary>A private subscription's state was reloaded from REST (<see cref="StreamEventArgs.Count"/> items).</summary>
    Resynced,

    /// <summary>Something went wrong (<see cref="StreamEventArgs.Error"/>): a refused login or subscription, a malformed frame, a dead connection.</summary>
    Error,
}
