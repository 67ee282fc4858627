using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Prices;
using Bitget.Simulator.Wire;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V2.Market;

/// <summary>Public v2 market routes (<c>/api/v2/public</c>, <c>/api/v2/mix/market</c>, <c>/api/v2/spot/market</c>).</summary>
public static class V2MarketEndpoints
{
    public static IEndpointRouteBuilder MapV2Market(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v2/public/time", (MarketView m) => Envelope.Ok(new { serverTime = Ms(m.Now) }));
        var mix = app.MapGroup("/api/v2/mix/market");
        mix.MapGet("/ticker", (HttpContext c, MarketView m) => Envelope.Ok(new[] { Ticker(m.Ticker(Symbol(c, m))) }));
        mix.MapGet("/tickers", (HttpContext c, MarketView m) => Envelope.Ok(Contracts(c, m).Select(s => Ticker(m.Ticker(s))).ToList()));
        mix.MapGet("/candles", (HttpContext c, MarketView m, SimulatedExchange e) => Candles(c, m, e, 1000, finishedOnly: false));
        mix.MapGet("/history-candles", (HttpContext c, MarketView m, SimulatedExchange e) => Candles(c, m, e, 200, finishedOnly: true));
        mix.MapGet("/merge-depth", MergeDepth);
        mix.MapGet("/fills", Fills);
        mix.MapGet("/contracts", (HttpContext c, MarketView m) => Envelope.Ok(Contracts(c, m).Select(Contract).ToList()));
        mix.MapGet("/current-fund-rate", (HttpContext c, MarketView m) => Envelope.Ok(Contracts(c, m).Select(s => new
        {
            symbol = s.Symbol, fundingRate = Number(MarketView.FundingRate), fundingRateInterval = "8",
            nextUpdate = Ms(m.NextFunding()), minFundingRate = "-0.003", maxFundingRate = "0.003",
        }).ToList()));
        mix.MapGet("/funding-time", (HttpContext c, MarketView m) =>
            Envelope.Ok(new[] { new { symbol = Symbol(c, m).Symbol, nextFundingTime = Ms(m.NextFunding()), ratePeriod = "8" } }));
        mix.MapGet("/open-interest", (HttpContext c, MarketView m) =>
        {
            var ticker = m.Ticker(Symbol(c, m));
            return Envelope.Ok(new { openInterestList = new[] { new { symbol = ticker.Symbol, size = Number(ticker.OpenInterest) } }, ts = Ms(ticker.Time) });
        });
        mix.MapGet("/symbol-price", (HttpContext c, MarketView m) =>
        {
            var t = m.Ticker(Symbol(c, m));
            return Envelope.Ok(new[] { new { symbol = t.Symbol, price = Number(t.Last), indexPrice = Number(t.Last), markPrice = Number(t.Mark), ts = Ms(t.Time) } });
        });
        app.MapGet("/api/v2/spot/market/tickers", SpotTickers);
        return app;
    }

    internal static IReadOnlyList<ContractSpec> Contracts(HttpContext context, MarketView market)
    {
        var args = RequestArgs.From(context);
        if (!ProductTypes.IsUsdtFutures(args.Required("productType")))
        {
            return [];
        }

        return args.Get("symbol") is { } symbol ? [market.Contract(symbol)] : market.Contracts;
    }

    private static ContractSpec Symbol(HttpContext context, MarketView market)
    {
        var args = RequestArgs.From(context);
        var symbol = args.Required("symbol");
        args.Required("productType");
        return market.Contract(symbol);
    }

    private static object Ticker(TickerStats t) => new
    {
        symbol = t.Symbol, lastPr = Number(t.Last), askPr = Number(t.Ask), bidPr = Number(t.Bid), bidSz = "10", askSz = "10",
        high24h = Number(t.High24h), low24h = Number(t.Low24h), ts = Ms(t.Time), change24h = Number(t.Change24h),
        baseVolume = "0", quoteVolume = "0", usdtVolume = "0", openUtc = Number(t.Open24h), changeUtc24h = Number(t.Change24h),
        indexPrice = Number(t.Last), fundingRate = Number(MarketView.FundingRate), holdingAmount = Number(t.OpenInterest),
        deliveryStartTime = (string?)null, deliveryTime = (string?)null, deliveryStatus = "", open24h = Number(t.Open24h), markPrice = Number(t.Mark),
    };

    private static object Contract(ContractSpec s) => new
    {
        symbol = s.Symbol, baseCoin = s.BaseCoin, quoteCoin = s.QuoteCoin, buyLimitPriceRatio = "0.05", sellLimitPriceRatio = "0.05",
        feeRateUpRatio = "0.1", makerFeeRate = Number(s.MakerFeeRate), takerFeeRate = Number(s.TakerFeeRate), openCostUpRatio = "0.1",
        supportMarginCoins = new[] { "USDT" }, minTradeNum = Number(s.MinTradeNum), priceEndStep = Number(s.PriceEndStep),
        volumePlace = s.VolumePlace.ToString(System.Globalization.CultureInfo.InvariantCulture),
        pricePlace = s.PricePlace.ToString(System.Globalization.CultureInfo.InvariantCulture), sizeMultiplier = Number(s.SizeMultiplier),
        symbolType = "perpetual", minTradeUSDT = Number(s.MinTradeUsdt), maxSymbolOrderNum = "999999", maxProductOrderNum = "999999",
        maxPositionNum = "150", symbolStatus = "normal", offTime = "-1", limitOpenTime = "-1", deliveryTime = "", deliveryStartTime = "",
        launchTime = "", fundInterval = "8", minLever = "1", maxLever = Number(s.MaxLever), posLimit = "0.05", maintainTime = "",
        maxMarketOrderQty = Number(s.MaxMarketQty), maxOrderQty = Number(s.MinTradeNum * 5_000_000), isRwa = "NO",
    };

    private static Envelope Candles(HttpContext context, MarketView market, SimulatedExchange exchange, int maxLimit, bool finishedOnly)
    {
        var args = RequestArgs.From(context);
        var contract = Symbol(context, market);
        var interval = CandleBuilder.Interval(args.Required("granularity"));
        var from = args.Decimal("startTime") is { } s ? DateTimeOffset.FromUnixTimeMilliseconds((long)s) : (DateTimeOffset?)null;
        var to = args.Decimal("endTime") is { } e ? DateTimeOffset.FromUnixTimeMilliseconds((long)e) : (DateTimeOffset?)null;
        var candles = CandleBuilder.Build(exchange.Prices.History(contract.Symbol), interval, market.Now, from, to, args.Int("limit", 100, maxLimit), finishedOnly);
        return Envelope.Ok(candles.Select(CandleBuilder.Row).ToList());
    }

    private static Envelope MergeDepth(HttpContext context, MarketView market)
    {
        var contract = Symbol(context, market);
        var limit = RequestArgs.From(context).Get("limit") is { } l && int.TryParse(l, out var n) ? Math.Clamp(n, 1, 50) : 50;
        var (asks, bids) = market.Book(contract, limit);
        return Envelope.Ok(new
        {
            asks = asks.Select(a => new[] { a.Price, a.Size }).ToList(),
            bids = bids.Select(b => new[] { b.Price, b.Size }).ToList(),
            ts = Ms(market.Now), scale = Number(contract.PriceTick), precision = "scale0", isMaxPrecision = "NO",
        });
    }

    private static Envelope Fills(HttpContext context, MarketView market, SimulatedExchange exchange)
    {
        var contract = Symbol(context, market);
        var limit = RequestArgs.From(context).Int("limit", 100, 100);
        return Envelope.Ok(exchange.RecentTrades(contract.Symbol, limit).Select(f => new
        {
            tradeId = f.TradeId, price = Number(f.Price), size = Number(f.Size), side = Lower(f.Direction), ts = Ms(f.Time), symbol = f.Symbol,
        }).ToList());
    }

    private static Envelope SpotTickers(HttpContext context, MarketView market)
    {
        var symbol = RequestArgs.From(context).Get("symbol");
        var contracts = symbol is null ? market.Contracts : [market.Contract(symbol)];
        return Envelope.Ok(contracts.Select(market.Ticker).Select(t => new
        {
            symbol = t.Symbol, high24h = Number(t.High24h), open = Number(t.Open24h), low24h = Number(t.Low24h), lastPr = Number(t.Last),
            quoteVolume = "0", baseVolume = "0", usdtVolume = "0", bidPr = Number(t.Bid), askPr = Number(t.Ask), bidSz = "10", askSz = "10",
            openUtc = Number(t.Open24h), ts = Ms(t.Time), changeUtc24h = Number(t.Change24h), change24h = Number(t.Change24h),
        }).ToList());
    }
}
