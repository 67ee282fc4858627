using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Which price triggers a TP/SL plan.</summary>
[JsonConverter(typeof(LenientEnumConverter<TriggerPriceType>))]
internal enum TriggerPriceType
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>Last traded price (<c>fill_price</c>).</summary>
    [WireName("fill_price")]
    LastPrice,

    /// <summary>Mark price (<c>mark_price</c>).</summary>
    [WireName("mark_price")]
    MarkPrice,
}
