using Bitget.Client.Json;

namespace Bitget.Client.V3;

/// <summary>v3 <c>category</c>. There are no demo-coin categories in v3; demo trading uses the <c>paptrading</c> header.</summary>
public enum Category
{
    /// <summary><c>SPOT</c>.</summary>
    [WireName("SPOT")] Spot,

    /// <summary><c>MARGIN</c>.</summary>
    [WireName("MARGIN")] Margin,

    /// <summary><c>USDT-FUTURES</c>.</summary>
    [WireName("USDT-FUTURES")] UsdtFutures,

    /// <summary><c>COIN-FUTURES</c>.</summary>
    [WireName("COIN-FUTURES")] CoinFutures,

    /// <summary><c>USDC-FUTURES</c>.</summary>
    [WireName("USDC-FUTURES")] UsdcFutures,
}
