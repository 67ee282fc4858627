using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;

namespace Bitget.Client.Tests.V2.Market;

/// <summary>Every v2 market fixture parses through the client method that calls its endpoint, to exact decimals.</summary>
public sealed class MarketFixtureTests
{
    private static readonly DateTimeOffset T1695794271400 = DateTimeOffset.FromUnixTimeMilliseconds(1695794271400);

    [Fact]
    public async Task PublicTime_ServerTimeParsed()
    {
        using var client = TestClients.Serving("v2/rest/public-time.json");

        var time = await client.Market.GetServerTimeAsync();

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1688008631614), time);
    }

    [Theory]
    [InlineData("v2/rest/mix-market-ticker.json", null)]
    [InlineData("v2/rest/mix-market-ticker-doc.json", "1829")]
    public async Task Ticker_DeliveryContractParsed(string fixture, string? markPrice)
    {
        using var client = TestClients.Serving(fixture);

        var ticker = await client.Market.GetTickerAsync("ETHUSD_231229", ProductType.CoinFutures);

        Assert.NotNull(ticker);
        Assert.Equal("ETHUSD_231229", ticker.Symbol);
        Assert.Equal(1829.3m, ticker.LastPrice);
        Assert.Equal(1829.8m, ticker.AskPrice);
        Assert.Equal(0.054m, ticker.BidSize);
        Assert.Equal(1822.15m, ticker.IndexPrice);
        Assert.Equal(9488.49m, ticker.HoldingAmount);
        Assert.Equal(markPrice is null ? null : decimal.Parse(markPrice, System.Globalization.CultureInfo.InvariantCulture), ticker.MarkPrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1703836799000), ticker.DeliveryTime);
        Assert.Equal("delivery_normal", ticker.DeliveryStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1695794098184), ticker.Timestamp);
    }

    [Theory]
    [InlineData("v2/rest/mix-market-tickers.json", null)]
    [InlineData("v2/rest/mix-market-tickers-doc.json", "12345")]
    public async Task Tickers_AllSymbolsWithNullDeliveryTimes(string fixture, string? btcMark)
    {
        using var client = TestClients.Serving(fixture);

        var tickers = await client.Market.GetTickersAsync(ProductType.CoinFutures);

        Assert.Equal(2, tickers.Count);
        var btc = tickers[0];
        Assert.Equal("BTCUSD", btc.Symbol);
        Assert.Equal(29904.5m, btc.LastPrice);
        Assert.Equal(29903.5m, btc.BidPrice);
        Assert.Equal(2.2694m, btc.AskSize);
        Assert.Equal(29132.353333m, btc.IndexPrice);
        Assert.Equal(-0.0007m, btc.FundingRate);
        Assert.Null(btc.DeliveryTime);
        Assert.Null(btc.DeliveryStartTime);
        Assert.Equal(btcMark is null ? null : decimal.Parse(btcMark, System.Globalization.CultureInfo.InvariantCulture), btc.MarkPrice);
        Assert.Equal(T1695794271400, btc.Timestamp);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1693538723186), tickers[1].DeliveryStartTime);
    }

    [Theory]
    [InlineData("v2/rest/mix-market-candles.json", false)]
    [InlineData("v2/rest/mix-market-history-candles.json", true)]
    public async Task Candles_PositionalStringsParsed(string fixture, bool history)
    {
        using var client = TestClients.Serving(fixture);

        var candles = history
            ? await client.Market.GetHistoryCandlesAsync("BTCUSDT", CandleGranularity.FiveMinutes)
            : await client.Market.GetCandlesAsync("BTCUSDT", CandleGranularity.FiveMinutes);

        Assert.Equal(2, candles.Count);
        Assert.Equal(new Candle(DateTimeOffset.FromUnixTimeMilliseconds(1695835800000), 26210.5m, 26210.5m, 26194.5m, 26194.5m, 26.26m, 687897.63m), candles[0]);
        Assert.Equal(26171m, candles[1].Close);
        Assert.Equal(470618.72m, candles[1].QuoteVolume);
    }

    [Fact]
    public async Task MergeDepth_NumberLevelsParsedExactly()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-merge-depth.json");

        var book = await client.Market.GetOrderBookAsync("BTCUSDT");

        Assert.Equal([new OrderBookLevel(26347.5m, 0.25m), new OrderBookLevel(26348.0m, 0.16m)], book.Asks);
        Assert.Equal([new OrderBookLevel(26346.5m, 0.16m), new OrderBookLevel(26346.0m, 0.32m)], book.Bids);
        Assert.Equal(0.1m, book.Scale);
        Assert.Equal("scale0", book.Precision);
        Assert.False(book.IsMaxPrecision);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1695870968804), book.Timestamp);
    }

    [Fact]
    public async Task RecentTrades_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-fills.json");

        var trades = await client.Market.GetRecentTradesAsync("BTCUSDT");

        Assert.Equal(2, trades.Count);
        Assert.Equal("1", trades[0].TradeId);
        Assert.Equal(29990.5m, trades[0].Price);
        Assert.Equal(0.0166m, trades[0].Size);
        Assert.Equal(OrderSide.Sell, trades[0].Side);
        Assert.Equal(OrderSide.Buy, trades[1].Side);
        Assert.Equal(30007.0m, trades[1].Price);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1627116600875), trades[1].Timestamp);
    }

    [Theory]
    [InlineData("v2/rest/mix-market-contracts.json", null, null)]
    [InlineData("v2/rest/mix-market-contracts-doc.json", "1200", true)]
    public async Task Contracts_RulesParsedAndUnsetTimesNull(string fixture, string? maxOrderQty, bool? isRwa)
    {
        using var client = TestClients.Serving(fixture);

        var contract = Assert.Single(await client.Market.GetContractsAsync());

        Assert.Equal("BTCUSDT", contract.Symbol);
        Assert.Equal(0.01m, contract.MinTradeNum);
        Assert.Equal(0.01m, contract.SizeMultiplier);
        Assert.Equal(1m, contract.PriceEndStep);
        Assert.Equal(1, contract.PricePlace);
        Assert.Equal(2, contract.VolumePlace);
        Assert.Equal(5m, contract.MinTradeUsdt);
        Assert.Equal(125m, contract.MaxLeverage);
        Assert.Equal(0.0006m, contract.TakerFeeRate);
        Assert.Equal(["USDT"], contract.SupportMarginCoins);
        Assert.Null(contract.OffTime);
        Assert.Null(contract.LimitOpenTime);
        Assert.Null(contract.DeliveryTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1680165535278), contract.MaintainTime);
        Assert.Equal(8m, contract.FundingIntervalHours);
        Assert.Equal(maxOrderQty is null ? null : decimal.Parse(maxOrderQty, System.Globalization.CultureInfo.InvariantCulture), contract.MaxOrderQty);
        Assert.Equal(isRwa, contract.IsRwa);
        Assert.Equal(0.1m, contract.PriceTick);
    }

    [Fact]
    public async Task Contracts_DemoCoinWithEmptyLeverageFields()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-contracts-demo-susdt-doc.json");

        var contract = Assert.Single(await client.Market.GetContractsAsync(ProductType.SUsdtFutures));

        Assert.Equal("SBTCSUSDT", contract.Symbol);
        Assert.Equal(["SUSDT"], contract.SupportMarginCoins);
        Assert.Equal(0.5m, contract.PriceTick);
        Assert.Equal(0.001m, contract.SizeMultiplier);
        Assert.Null(contract.MaxLeverage);
        Assert.Null(contract.MinTradeUsdt);
        Assert.Null(contract.MaintainTime);
        Assert.Null(contract.FundingIntervalHours);
    }

    [Fact]
    public async Task FundingRate_OldShapeHasRateOnly()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-current-fund-rate.json");

        var rate = Assert.Single(await client.Market.GetFundingRatesAsync(symbol: "BTCUSDT"));

        Assert.Equal("BTCUSDT", rate.Symbol);
        Assert.Equal(0.0005m, rate.Rate);
        Assert.Null(rate.NextUpdate);
        Assert.Null(rate.IntervalHours);
    }

    [Fact]
    public async Task FundingRate_NewShapeHasBoundsAndNextUpdate()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-current-fund-rate-doc.json");

        var rate = Assert.Single(await client.Market.GetFundingRatesAsync(symbol: "BTCUSDT"));

        Assert.Equal(0.000068m, rate.Rate);
        Assert.Equal(8m, rate.IntervalHours);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1743062400000), rate.NextUpdate);
        Assert.Equal(-0.003m, rate.MinRate);
        Assert.Equal(0.003m, rate.MaxRate);
    }

    [Fact]
    public async Task FundingTime_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-funding-time-doc.json");

        var next = Assert.Single(await client.Market.GetFundingTimeAsync("BTCUSDT"));

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1695801600000), next.NextFundingTime);
        Assert.Equal(8m, next.RatePeriodHours);
    }

    [Fact]
    public async Task OpenInterest_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-open-interest.json");

        var interest = await client.Market.GetOpenInterestAsync("BTCUSDT");

        var entry = Assert.Single(interest.Entries);
        Assert.Equal("BTCUSDT", entry.Symbol);
        Assert.Equal(34278.06m, entry.Size);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1695796781616), interest.Timestamp);
    }

    [Fact]
    public async Task SymbolPrice_MarkAndIndexParsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-market-symbol-price.json");

        var price = Assert.Single(await client.Market.GetSymbolPriceAsync("BTCUSDT"));

        Assert.Equal(26242m, price.Price);
        Assert.Equal(34867m, price.IndexPrice);
        Assert.Equal(25555m, price.MarkPrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1695793390482), price.Timestamp);
    }

    [Fact]
    public async Task SpotTickers_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/spot-market-tickers.json");

        var ticker = Assert.Single(await client.Spot.GetTickersAsync());

        Assert.Equal("BTCUSDT", ticker.Symbol);
        Assert.Equal(37775.65m, ticker.High24h);
        Assert.Equal(35134.2m, ticker.Open24h);
        Assert.Equal(34413.1m, ticker.LastPrice);
        Assert.Equal(0.0663m, ticker.BidSize);
        Assert.Equal(23856.72m, ticker.OpenUtc);
        Assert.Equal(0.00069m, ticker.Change24h);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1625125755277), ticker.Timestamp);
    }
}
