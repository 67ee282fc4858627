using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Bitget's <c>tradeSide</c> as reported on orders and fills (requests only ever send open/close).</summary>
[JsonConverter(typeof(LenientEnumConverter<TradeSide>))]
public enum TradeSide
{
    /// <summary>Empty (one-way orders) or a value this client does not know.</summary>
    Unknown,

    /// <summary><c>open</c>.</summary>
    [WireName("open")]
    Open,

    /// <summary><c>close</c>.</summary>
    [WireName("close")]
    Close,

    /// <summary>One-way buy (<c>buy_single</c>).</summary>
    [WireName("buy_single")]
    BuySingle,

    /// <summary>One-way sell (<c>sell_single</c>).</summary>
    [WireName("sell_single")]
    SellSingle,

    /// <summary>Reduce-only close of a long (<c>reduce_close_long</c>).</summary>
    [WireName("reduce_close_long")]
    ReduceCloseLong,

    /// <summary>Reduce-only close of a short (<c>reduce_close_short</c>).</summary>
    [WireName("reduce_close_short")]
    ReduceCloseShort,

    /// <summary>Liquidation of a long (<c>burst_close_long</c>).</summary>
    [WireName("burst_close_long")]
    LiquidationCloseLong,

    /// <summary>Liquidation of a short (<c>burst_close_short</c>).</summary>
    [WireName("burst_close_short")]
    LiquidationCloseShort,

    /// <summary>Offset close of a long (<c>offset_close_long</c>).</summary>
    [WireName("offset_close_long")]
    OffsetCloseLong,

    /// <summary>Offset close of a short (<c>offset_close_short</c>).</summary>
    [WireName("offset_close_short")]
    OffsetCloseShort,

    /// <summary>Delivery close of a long (<c>delivery_close_long</c>).</summary>
    [WireName("delivery_close_long")]
    DeliveryCloseLong,

    /// <summary>Delivery close of a short (<c>delivery_close_short</c>).</summary>
    [WireName("delivery_close_short")]
    DeliveryCloseShort,

    /// <summary>Auto-deleveraging close of a long (<c>dte_sys_adl_close_long</c>).</summary>
    [WireName("dte_sys_adl_close_long")]
    AdlCloseLong,

    /// <summary>Auto-deleveraging close of a short (<c>dte_sys_adl_close_short</c>).</summary>
    [WireName("dte_sys_adl_close_short")]
    AdlCloseShort,
}
