namespace Bitget.Client.Exchange;

/// <summary>The two kinds of Bitget account; each is served by a different private API.</summary>
public enum AccountKind
{
    /// <summary>Classic account: private v2 "mix" endpoints (<c>/api/v2/mix/...</c>); v3 refuses it with 40084.</summary>
    Classic,

    /// <summary>Unified Trading Account: private v3 endpoints (<c>/api/v3/...</c>); v2 refuses it with 40085.</summary>
    Unified,
}
