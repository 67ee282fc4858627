namespace Bitget.Client.Errors;

/// <summary>What a failed Bitget call means for the caller, derived from Bitget's code by a fixed table.</summary>
public enum BitgetErrorKind
{
    /// <summary>A code the table does not know.</summary>
    Unknown,

    /// <summary>Too many requests (HTTP 429 / code <c>429</c>); back off.</summary>
    RateLimited,

    /// <summary>Key, signature, passphrase, permission or IP refused.</summary>
    Authentication,

    /// <summary>The request timestamp was outside Bitget's window; the clock offset is re-measured.</summary>
    TimestampExpired,

    /// <summary>The demo/live environment does not match the key (<c>40099</c>).</summary>
    WrongEnvironment,

    /// <summary>The key belongs to the other account kind (classic vs unified: <c>40084</c>/<c>40085</c>).</summary>
    WrongAccountKind,

    /// <summary>Not enough balance or margin.</summary>
    InsufficientBalance,

    /// <summary>Order size or value outside the contract's limits.</summary>
    OrderSizeOutOfRange,

    /// <summary>Nothing to close or reduce, or a position-mode mismatch.</summary>
    PositionConflict,

    /// <summary>The order (or plan order) does not exist.</summary>
    NotFound,

    /// <summary>The clientOid is already in use; the order exists.</summary>
    DuplicateClientOid,

    /// <summary>A parameter was missing or wrong.</summary>
    InvalidParameter,

    /// <summary>The symbol or the exchange is under maintenance or not tradable.</summary>
    Maintenance,

    /// <summary>Bitget reported a transient internal error; the outcome of a write is unknown.</summary>
    ServerError,

    /// <summary>No usable reply: connection failure, timeout, or an HTTP error without a Bitget body.</summary>
    Network,

    /// <summary>Calls are suspended because too many recent calls failed (circuit breaker open).</summary>
    CircuitOpen,

    /// <summary>An order was sent but whether Bitget accepted it could not be established.</summary>
    OrderOutcomeUnknown,
}
