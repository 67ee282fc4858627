namespace Sentinel.Functions.Streaming;

/// <summary>What the streaming watch of this instance is doing.</summary>
public enum StreamMode
{
    /// <summary>No watch has run on this instance yet (or streaming is off).</summary>
    Idle,

    /// <summary>Connected: prices arrive by push and rules are evaluated on every update.</summary>
    Streaming,

    /// <summary>The stream is down (refused, closed, reconnecting): only the polling tick watches the account.</summary>
    PollingFallback,
}
