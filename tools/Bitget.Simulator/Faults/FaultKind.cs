namespace Bitget.Simulator.Faults;

/// <summary>What an injected fault does to a matching request.</summary>
public enum FaultKind
{
    /// <summary>HTTP 429 with Bitget's <c>{"code":"429","msg":"Too Many Requests",…}</c> body.</summary>
    RateLimit,

    /// <summary>A 5xx answer with a gateway's HTML page (not Bitget JSON).</summary>
    ServerError,

    /// <summary>Holds the request without answering until the client gives up (or the hold ends; then aborts).</summary>
    Timeout,

    /// <summary>Waits, then processes the request normally.</summary>
    Delay,

    /// <summary>HTTP 200 with a truncated JSON body.</summary>
    MalformedJson,

    /// <summary>Aborts the connection without any answer.</summary>
    DropConnection,

    /// <summary>A Bitget maintenance error body (default <c>40200 Server upgrade, please try again later</c>).</summary>
    Maintenance,

    /// <summary>Processes the request (the order IS recorded), then loses the answer (see <see cref="LostResponseMode"/>).</summary>
    LoseResponse,

    /// <summary>WebSocket: aborts the connection (no close frame) instead of sending the next frame.</summary>
    StreamDrop,

    /// <summary>WebSocket: swallows the next frames (pushes and pongs alike) while the socket stays open.</summary>
    StreamSilence,

    /// <summary>WebSocket: sends a cut-off JSON frame instead of the next push (the push is lost).</summary>
    StreamMalformedFrame,

    /// <summary>WebSocket: unsubscribes the channel of the next push server-side and says so (<c>{"event":"unsubscribe"}</c>).</summary>
    StreamUnsubscribe,

    /// <summary>WebSocket: refuses the next login with <c>30005 Login failed</c> and closes the connection.</summary>
    StreamRefuseLogin,

    /// <summary>WebSocket: treats the connection as a slow consumer and closes it (1008) as Bitget does when its send queue backs up.</summary>
    StreamSlowConsumer,
}

/// <summary>Which fault kinds act on WebSocket connections rather than HTTP requests.</summary>
public static class FaultKinds
{
    public static bool IsStream(this FaultKind kind) => kind >= FaultKind.StreamDrop;
}
