using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Bitget's <c>force</c>.</summary>
[JsonConverter(typeof(LenientEnumConverter<TimeInForce>))]
internal enum TimeInForce
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>Good till cancelled (<c>gtc</c>, Bitget's default).</summary>
    [WireName("gtc")]
    GoodTillCanceled,

    /// <summary>Immediate or cancel (<c>ioc</c>).</summary>
    [WireName("ioc")]
    ImmediateOrCancel,

    /// <summary>Fill or kill (<c>fok</c>).</summary>
    [WireName("fok")]
    FillOrKill,

    /// <summary>Maker only (<c>post_only</c>).</summary>
    [WireName("post_only")]
    PostOnly,
}
