using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Bitget's <c>orderType</c>.</summary>
[JsonConverter(typeof(LenientEnumConverter<OrderType>))]
public enum OrderType
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary><c>limit</c>: needs a price.</summary>
    [WireName("limit")]
    Limit,

    /// <summary><c>market</c>.</summary>
    [WireName("market")]
    Market,
}
