namespace Sentinel.Core.Ticks;

/// <summary>Why a tick could not read the exchange.</summary>
public enum TickFailureKind
{
    /// <summary>No usable answer: connection failure, timeout, server error, circuit open.</summary>
    Unreachable,

    /// <summary>Key, signature, passphrase, permission, IP or account kind refused.</summary>
    Authentication,

    /// <summary>Bitget asked us to slow down.</summary>
    RateLimited,

    /// <summary>Anything else (including no exchange adapter registered).</summary>
    Other,
}
