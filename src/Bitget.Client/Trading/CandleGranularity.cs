using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>Candle <c>granularity</c> of the mix REST endpoints (case-sensitive on the wire: <c>m</c> minute, <c>H</c> hour, <c>M</c> month).</summary>
public enum CandleGranularity
{
    /// <summary><c>1m</c>.</summary>
    [WireName("1m")] OneMinute,

    /// <summary><c>3m</c>.</summary>
    [WireName("3m")] ThreeMinutes,

    /// <summary><c>5m</c>.</summary>
    [WireName("5m")] FiveMinutes,

    /// <summary><c>15m</c>.</summary>
    [WireName("15m")] FifteenMinutes,

    /// <summary><c>30m</c>.</summary>
    [WireName("30m")] ThirtyMinutes,

    /// <summary><c>1H</c>.</summary>
    [WireName("1H")] OneHour,

    /// <summary><c>4H</c>.</summary>
    [WireName("4H")] FourHours,

    /// <summary><c>6H</c>.</summary>
    [WireName("6H")] SixHours,

    /// <summary><c>12H</c>.</summary>
    [WireName("12H")] TwelveHours,

    /// <summary><c>1D</c>.</summary>
    [WireName("1D")] OneDay,

    /// <summary><c>3D</c>.</summary>
    [WireName("3D")] ThreeDays,

    /// <summary><c>1W</c>.</summary>
    [WireName("1W")] OneWeek,

    /// <summary><c>1M</c>.</summary>
    [WireName("1M")] OneMonth,
}
