using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.V2.Orders;

namespace Bitget.Client.Trading;

/// <summary>Bitget's <c>side</c>. In hedge mode it names the position direction, not the trade direction (see <see cref="OrderDirection"/>).</summary>
[JsonConverter(typeof(LenientEnumConverter<OrderSide>))]
public enum OrderSide
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary><c>buy</c>.</summary>
    [WireName("buy")]
    Buy,

    /// <summary><c>sell</c>.</summary>
    [WireName("sell")]
    Sell,
}
