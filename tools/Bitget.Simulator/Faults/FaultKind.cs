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
}
