using Bitget.Client.Http;

namespace Bitget.Client.V2.Account;

/// <summary>v2 mix account endpoints and their per-second limits (BITGET-API.md §6).</summary>
internal static class AccountEndpoints
{
    /// <summary>GET /api/v2/mix/account/accounts (10/s UID).</summary>
    public static readonly BitgetEndpoint Accounts = BitgetEndpoint.PrivateGet("/api/v2/mix/account/accounts", 10);

    /// <summary>GET /api/v2/mix/account/account (10/s UID).</summary>
    public static readonly BitgetEndpoint Account = BitgetEndpoint.PrivateGet("/api/v2/mix/account/account", 10);

    /// <summary>POST /api/v2/mix/account/set-leverage (5/s UID).</summary>
    public static readonly BitgetEndpoint SetLeverage = BitgetEndpoint.PrivatePost("/api/v2/mix/account/set-leverage", 5);

    /// <summary>POST /api/v2/mix/account/set-margin-mode (5/s UID).</summary>
    public static readonly BitgetEndpoint SetMarginMode = BitgetEndpoint.PrivatePost("/api/v2/mix/account/set-margin-mode", 5);

    /// <summary>POST /api/v2/mix/account/set-position-mode (5/s UID).</summary>
    public static readonly BitgetEndpoint SetPositionMode = BitgetEndpoint.PrivatePost("/api/v2/mix/account/set-position-mode", 5);
}
