using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Prices;
using Bitget.Simulator.Wire;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V3.Market;

/// <summary>Public v3 market routes (<c>/api/v3/market</c>): tickers, instruments, orderbook, candles.</summary>
public static class V3MarketEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v3/market");
        group.MapGet("/tickers", (HttpContext c, MarketView m) => Envelope.Ok(Contracts(c, m).Select(s => Ticker(m.Ticker(s))).ToList()));
        group.MapGet("/instruments", (HttpContext c, MarketView m) => Envelope.Ok(Contracts(c, m).Select(Instrument).ToList()));
        group.MapGet("/orderbook", (HttpContext c, MarketView m) =>
        {
            var contract = Symbol(c, m);
            var (asks, bids) = m.Book(contract, RequestArgs.From(c).Int("limit", 5, 200));
            return Envelope.Ok(new { a = asks.Select(l => new[] { l.Price, l.Size }).ToList(), b = bids.Select(l => new[] { l.Price, l.Size }).ToList(), ts = Ms(m.Now) });
        });
        group.MapGet("/candles", (HttpContext c, MarketView m, SimulatedExchange e) => Candles(c, m, e, finishedOnly: false));
        group.MapGet("/history-candles", (HttpContext c, MarketView m, SimulatedExchange e) => Candles(c, m, e, finishedOnly: true));
    }

    private static IReadOnlyList<ContractSpec> Contracts(HttpContext context, MarketView market)
    {
        var args = RequestArgs.From(context);
        if (!V3Categories.IsUsdtFutures(args))
        {
            return [];
        }

        return args.Get("symbol") is { } symbol ? [market.Contract(symbol)] : market.Contracts;
    }

    private static ContractSpec Symbol(HttpContext context, MarketView market)
    {
        var args = RequestArgs.From(context);
        V3Categories.IsUsdtFutures(args);
        return market.Contract(args.Required("symbol"));
    }

    private static object Ticker(TickerStats t) => new
    {
        category = "USDT-FUTURES", symbol = t.Symbol, ts = Ms(t.Time), lastPrice = Number(t.Last), openPrice24h = Number(t.Open24h),
        highPrice24h = Number(t.High24h), lowPrice24h = Number(t.Low24h), ask1Price = Number(t.Ask), bid1Price = Number(t.Bid),
        bid1Size = "10", ask1Size = "10", price24hPcnt = Number(t.Change24h), volume24h = "0", turnover24h = "0",
        indexPrice = Number(t.Last), markPrice = Number(t.Mark), fundingRate = Number(MarketView.FundingRate),
        openInterest = Number(t.OpenInterest), deliveryStartTime = "", deliveryTime = "", deliveryStatus = "",
    };

    private static object Instrument(ContractSpec s) => new
    {
        symbol = s.Symbol, category = "USDT-FUTURES", baseCoin = s.BaseCoin, quoteCoin = s.QuoteCoin, isRwa = "NO",
        buyLimitPriceRatio = "0.05", sellLimitPriceRatio = "0.05", feeRateUpRatio = "0.005", makerFeeRate = Number(s.MakerFeeRate),
        takerFeeRate = Number(s.TakerFeeRate), openCostUpRatio = "0.01", minOrderQty = Number(s.MinTradeNum),
        maxOrderQty = Number(s.MinTradeNum * 5_000_000), pricePrecision = s.PricePlace.ToString(System.Globalization.CultureInfo.InvariantCulture),
        quantityPrecision = s.VolumePlace.ToString(System.Globalization.CultureInfo.InvariantCulture), quotePrecision = "",
        priceMultiplier = Number(s.PriceTick), quantityMultiplier = Number(s.SizeMultiplier), type = "perpetual",
        minOrderAmount = Number(s.MinTradeUsdt), maxSymbolOrderNum = "", maxProductOrderNum = "400", maxPositionNum = "200", status = "online",
        offTime = "-1", limitOpenTime = "-1", deliveryTime = "", deliveryStartTime = "", deliveryPeriod = "", launchTime = "0", fundInterval = "8",
        minLeverage = "1", maxLeverage = Number(s.MaxLever), maintainTime = "", symbolType = "crypto", maxMarketOrderQty = Number(s.MaxMarketQty),
    };

    private static Envelope Candles(HttpContext context, MarketView market, SimulatedExchange exchange, bool finishedOnly)
    {
        var args = RequestArgs.From(context);
        var contract = Symbol(context, market);
        var interval = CandleBuilder.Interval(args.Required("interval"), "interval");
        var from = args.Decimal("startTime") is { } s ? DateTimeOffset.FromUnixTimeMilliseconds((long)s) : (DateTimeOffset?)null;
        var to = args.Decimal("endTime") is { } e ? DateTimeOffset.FromUnixTimeMilliseconds((long)e) : (DateTimeOffset?)null;
        var candles = CandleBuilder.Build(exchange.Prices.History(contract.Symbol), interval, market.Now, from, to, args.Int("limit", 100, 100), finishedOnly);
        return Envelope.Ok(candles.Select(CandleBuilder.Row).ToList());
    }
}
