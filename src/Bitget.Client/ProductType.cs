using Bitget.Client.Json;

namespace Bitget.Client;

/// <summary>Bitget's futures product types (<c>productType</c>); the <c>S…</c> ones are demo coins on the live environment.</summary>
public enum ProductType
{
    /// <summary>USDT-margined futures.</summary>
    [WireName("USDT-FUTURES")]
    UsdtFutures,

    /// <summary>Coin-margined futures.</summary>
    [WireName("COIN-FUTURES")]
    CoinFutures,

    /// <summary>USDC-margined futures.</summary>
    [WireName("USDC-FUTURES")]
    UsdcFutures,

    /// <summary>USDT-margined demo-coin futures (symbols like <c>SBTCSUSDT</c>, margin coin <c>SUSDT</c>); no demo header.</summary>
    [WireName("SUSDT-FUTURES")]
    SUsdtFutures,

    /// <summary>Coin-margined demo-coin futures.</summary>
    [WireName("SCOIN-FUTURES")]
    SCoinFutures,

    /// <summary>USDC-margined demo-coin futures.</summary>
    [WireName("SUSDC-FUTURES")]
    SUsdcFutures,
}
