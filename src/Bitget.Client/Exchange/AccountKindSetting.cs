namespace Bitget.Client.Exchange;

/// <summary>How the account kind is chosen (setting <c>Bitget__AccountKind</c>: <c>auto</c> | <c>classic</c> | <c>unified</c>).</summary>
public enum AccountKindSetting
{
    /// <summary>Probe the key (<c>GET /api/v3/account/settings</c>, then a signed v2 call for classic keys) and follow mode changes.</summary>
    Auto,

    /// <summary>Always the classic v2 API; no probe.</summary>
    Classic,

    /// <summary>Always the unified v3 API; no probe.</summary>
    Unified,
}
