using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Order state (<c>state</c> on order detail, <c>status</c> on lists).</summary>
[JsonConverter(typeof(LenientEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>Resting, nothing filled (<c>live</c>; also <c>new</c>/<c>init</c>).</summary>
    [WireName("live", "new", "init")]
    Live,

    /// <summary><c>partially_filled</c>.</summary>
    [WireName("partially_filled")]
    PartiallyFilled,

    /// <summary><c>filled</c>.</summary>
    [WireName("filled")]
    Filled,

    /// <summary><c>canceled</c> (also <c>cancelled</c>).</summary>
    [WireName("canceled", "cancelled")]
    Canceled,
}
