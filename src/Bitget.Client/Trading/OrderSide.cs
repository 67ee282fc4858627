using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Bitget's <c>side</c>. In hedge mode it names the position direction, not the trade direction (see the v2 <c>OrderDirection</c> and the v3 <c>UnifiedOrderDirection</c>).</summary>
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
