using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V3;

namespace Bitget.Client.Tests.V3;

/// <summary>Every v3 market and account fixture parses through its client method.</summary>
public sealed class UnifiedMarketAccountFixtureTests
{
    [Theory]
    [InlineData("v3/rest/market-tickers-usdt-futures-doc.json", "90216.3", "27606.0718", "-0.02605")]
    [InlineData("v3/rest/market-tickers-usdt-futures-real.json", "104676.5", "7482.9441", "0.00296")]
    public async Task FuturesTickers_Parsed(string fixture, string last, string openInterest, string change)
    {
        using var client = TestClients.Serving(fixture);

        var ticker = Assert.Single(await client.Unified.Market.GetTickersAsync());

        Assert.Equal("USDT-FUTURES", ticker.Category);
        Assert.Equal(D(last), ticker.LastPrice);
        Assert.Equal(D(openInterest), ticker.OpenInterest);
        Assert.Equal(D(change), ticker.Change24h);
        Assert.NotNull(ticker.MarkPrice);
        Assert.Null(ticker.DeliveryTime);
        Assert.Equal(string.Empty, ticker.DeliveryStatus);
    }

    [Fact]
    public async Task FuturesTickerDoc_LongIndexPriceExact()
    {
        using var client = TestClients.Serving("v3/rest/market-tickers-usdt-futures-doc.json");

        var ticker = Assert.Single(await client.Unified.Market.GetTickersAsync());

        Assert.Equal(90247.5410266912815894m, ticker.IndexPrice);
        Assert.Equal(4667820987.88478m, ticker.Turnover24h);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1765444282230), ticker.Timestamp);
    }

    [Fact]
    public async Task SpotTickers_NoFuturesFields()
    {
        using var client = TestClients.Serving("v3/rest/market-tickers-spot-real.json");

        var ticker = Assert.Single(await client.Unified.Market.GetTickersAsync(Category.Spot));

        Assert.Equal("SPOT", ticker.Category);
        Assert.Equal(104778.7m, ticker.LastPrice);
        Assert.Equal(0.055428m, ticker.BidSize);
        Assert.Equal(37333539.796451m, ticker.Turnover24h);
        Assert.Null(ticker.MarkPrice);
        Assert.Null(ticker.FundingRate);
    }

    [Fact]
    public async Task Instruments_RulesAndContractSpec()
    {
        using var client = TestClients.Serving("v3/rest/market-instruments-usdt-futures-doc.json");

        var instrument = Assert.Single(await client.Unified.Market.GetInstrumentsAsync());

        Assert.Equal(0.0001m, instrument.MinOrderQty);
        Assert.Equal(0.1m, instrument.PriceMultiplier);
        Assert.Equal(4, instrument.QuantityPrecision);
        Assert.Equal(150m, instrument.MaxLeverage);
        Assert.Equal("online", instrument.Status);
        Assert.Null(instrument.OffTime);
        Assert.Null(instrument.LaunchTime);
        Assert.False(instrument.IsRwa);
        Assert.Equal(new ContractSpec("BTCUSDT", 0.0001m, 0.0001m, 0.1m, 150m, 5m, 220m), instrument.ToContractSpec());
    }

    [Fact]
    public async Task OrderBookDoc_NumberLevelsKeepTheirScale()
    {
        using var client = TestClients.Serving("v3/rest/market-orderbook-doc.json");

        var book = await client.Unified.Market.GetOrderBookAsync("BTCUSDT");

        Assert.Equal(4, book.Asks.Count);
        Assert.Equal(new OrderBookLevel(75123.0m, 5.615m), book.Asks[3]);
        Assert.Equal(new OrderBookLevel(71213.3m, 10.000m), book.Bids[1]);
        Assert.Equal("10.000", book.Bids[1].Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1730969017964), book.Timestamp);
    }

    [Fact]
    public async Task OrderBookSpotReal_IntegerPriceLevels()
    {
        using var client = TestClients.Serving("v3/rest/market-orderbook-spot-real.json");

        var book = await client.Unified.Market.GetOrderBookAsync("BTCUSDT", Category.Spot);

        Assert.Equal(new OrderBookLevel(104833m, 0.108037m), book.Bids[0]);
        Assert.Equal(new OrderBookLevel(104898.1m, 0.123896m), book.Asks[0]);
        Assert.Equal(5, book.Bids.Count);
    }

    [Theory]
    [InlineData("v3/rest/market-candles-doc.json", 2, "27176.93", "81246917.3294")]
    [InlineData("v3/rest/market-candles-usdt-futures-real.json", 1, "105997.3", "630938.32852")]
    public async Task Candles_Parsed(string fixture, int count, string open, string turnover)
    {
        using var client = TestClients.Serving(fixture);

        var candles = await client.Unified.Market.GetCandlesAsync("BTCUSDT", CandleGranularity.OneMinute);

        Assert.Equal(count, candles.Count);
        Assert.Equal(D(open), candles[0].Open);
        Assert.Equal(D(turnover), candles[0].QuoteVolume);
    }

    [Theory]
    [InlineData("v3/rest/account-assets-doc.json", "11.13919278", "6.19299777", 2)]
    [InlineData("v3/rest/account-assets-real.json", "368444.3177744", "256783.39028097", 6)]
    public async Task Assets_Parsed(string fixture, string equity, string effEquity, int coins)
    {
        using var client = TestClients.Serving(fixture);

        var assets = await client.Unified.Account.GetAssetsAsync();

        Assert.Equal(D(equity), assets.AccountEquity);
        Assert.Equal(D(effEquity), assets.EffectiveEquity);
        Assert.Equal(0m, assets.UnrealizedPnl);
        Assert.Equal(coins, assets.Assets!.Count);
        Assert.All(assets.Assets, a => Assert.Equal(0m, a.Debt));
    }

    [Fact]
    public async Task Info_Parsed()
    {
        using var client = TestClients.Serving("v3/rest/account-info-doc.json");

        var info = await client.Unified.Account.GetInfoAsync();

        Assert.Equal("123456789", info.UserId);
        Assert.Equal(string.Empty, info.ParentId);
        Assert.Equal("read-and-write", info.PermissionType);
        Assert.Contains("uta_trade", info.Permissions!);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1704067200000), info.RegisteredAt);
    }

    [Fact]
    public async Task Settings_HoldModeAndSymbolLeverage()
    {
        using var client = TestClients.Serving("v3/rest/account-settings-doc.json");

        var settings = await client.Unified.Account.GetSettingsAsync();

        Assert.Equal(PositionMode.OneWay, settings.HoldMode);
        Assert.Equal("advanced", settings.AccountLevel);
        var btc = Assert.Single(settings.Symbols!, s => s.Symbol == "BTCUSDT");
        Assert.Equal(1m, btc.Leverage);
        Assert.Equal(MarginMode.Crossed, btc.MarginMode);
        Assert.Equal(6m, settings.Coins![0].Leverage);
    }

    [Theory]
    [InlineData("v3/rest/account-set-leverage-doc.json")]
    [InlineData("v3/rest/account-set-leverage-real.json")]
    public async Task SetLeverage_SuccessStringAccepted(string fixture)
    {
        var handler = new FakeBitgetHandler();
        using var client = TestClients.Serving(fixture, handler);

        await client.Unified.Account.SetLeverageAsync("BTCUSDT", 20m);

        Assert.Equal("""{"category":"USDT-FUTURES","symbol":"BTCUSDT","leverage":"20"}""", Assert.Single(handler.Requests).Body);
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
