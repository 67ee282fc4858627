using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Prices;

namespace Bitget.Simulator.Streams;

/// <summary>The channels each socket serves and the arguments they need.</summary>
internal static class StreamChannels
{
    public const string V2Orders = "USDT-FUTURES/ORDERS/DEFAULT/";
    public const string V2Positions = "USDT-FUTURES/POSITIONS/DEFAULT/";
    public const string V2Account = "USDT-FUTURES/ACCOUNT/DEFAULT/";
    public const string V3Orders = "UTA/ORDER//";
    public const string V3Positions = "UTA/POSITION//";
    public const string V3Account = "UTA/ACCOUNT//";

    private static readonly HashSet<string> V2Public = new(["ticker", "trade", "books", "books1", "books5", "books15"], StringComparer.Ordinal);
    private static readonly HashSet<string> V3Public = new(["ticker", "publicTrade", "books", "books1", "books5", "books50", "kline"], StringComparer.Ordinal);

    /// <summary>Null when the argument names a channel this socket serves; otherwise Bitget's refusal.</summary>
    public static (int Code, string Message)? Check(StreamSession session, StreamArg arg, MarketView market)
    {
        if (session.IsPrivate)
        {
            if (session.ApiKey is null)
            {
                return (30004, "User needs to log in");
            }

            var key = arg.Key;
            var known = session.Api == StreamApi.V2 ? key is V2Orders or V2Positions or V2Account : key is V3Orders or V3Positions or V3Account;
            return known ? null : Missing(arg);
        }

        var instType = session.Api == StreamApi.V2 ? "USDT-FUTURES" : "usdt-futures";
        var channelKnown = session.Api == StreamApi.V2
            ? V2Public.Contains(arg.Channel) || (arg.Channel.StartsWith("candle", StringComparison.Ordinal) && IsInterval(arg.Channel["candle".Length..]))
            : V3Public.Contains(arg.Channel) && (arg.Channel != "kline" || IsInterval(arg.Interval));
        var symbolKnown = market.Contracts.Any(c => c.Symbol == arg.Instrument);
        return arg.InstType == instType && channelKnown && symbolKnown ? null : Missing(arg);
    }

    public static TimeSpan Interval(StreamArg arg, StreamApi api) =>
        CandleBuilder.Interval(api == StreamApi.V2 ? arg.Channel["candle".Length..] : arg.Interval);

    public static bool IsCandle(StreamArg arg) => arg.Channel == "kline" || arg.Channel.StartsWith("candle", StringComparison.Ordinal);

    public static int Depth(string channel) => channel switch
    {
        "books1" => 1,
        "books5" => 5,
        "books15" => 15,
        _ => 50,
    };

    private static bool IsInterval(string granularity)
    {
        try
        {
            CandleBuilder.Interval(granularity);
            return true;
        }
        catch (Wire.BitgetErrorException)
        {
            return false;
        }
    }

    private static (int, string) Missing(StreamArg arg) =>
        (30001, $"instType:{arg.InstType},channel:{arg.Channel},instId:{arg.Instrument} doesn't exist");
}
