using Bitget.Simulator.Prices;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Prices;

public sealed class PriceScriptTests
{
    [Fact]
    public async Task RandomWalk_IsTheSameForTheSameSeed_AndDiffersForAnother()
    {
        var first = await WalkAsync(seed: 7);
        var again = await WalkAsync(seed: 7);
        var other = await WalkAsync(seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.True(first.Distinct().Count() > 10, "a walk with 0.2 % steps moves the price");
    }

    [Fact]
    public async Task Move_ReachesThePercentageOverTheDuration_ThenHolds()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.Prices.Set("BTCUSDT", 60_000m);
        h.Sim.Prices.Run("BTCUSDT", new MoveScript(-8m, TimeSpan.FromSeconds(60)));

        h.Time.Advance(TimeSpan.FromSeconds(30));
        var halfway = await LastPriceAsync(h);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        var end = await LastPriceAsync(h);
        h.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(57_600m, halfway);
        Assert.Equal(55_200m, end);
        Assert.Equal(55_200m, await LastPriceAsync(h));
    }

    [Fact]
    public async Task CsvReplay_PlaysEachCandlesOpenHighLowClose()
    {
        var csv = Path.GetTempFileName();
        await File.WriteAllLinesAsync(csv, ["ts,open,high,low,close,volume", "1700000000000,100,110,90,105,1", "1700000060000,105,120,104,118,1"]);
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.Prices.Run("SOLUSDT", CandleReplayScript.FromFile(csv));
        var seen = new List<decimal>();

        for (var i = 0; i < 8; i++)
        {
            seen.Add(h.Sim.Prices.Last("SOLUSDT"));
            h.Time.Advance(TimeSpan.FromSeconds(15));
        }

        File.Delete(csv);
        Assert.Equal([100m, 110m, 90m, 105m, 105m, 120m, 104m, 118m], seen);
    }

    [Fact]
    public async Task Candles_AreBuiltFromThePricePath()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.Prices.Set("BTCUSDT", 60_000m);
        h.Time.Advance(TimeSpan.FromSeconds(20));
        h.Sim.Prices.Set("BTCUSDT", 61_000m);
        h.Time.Advance(TimeSpan.FromSeconds(20));
        h.Sim.Prices.Set("BTCUSDT", 59_500m);
        h.Time.Advance(TimeSpan.FromSeconds(30));

        var rows = (await h.Client.PublicGetAsync("/api/v2/mix/market/candles", "symbol=BTCUSDT&productType=USDT-FUTURES&granularity=1m")).EnsureOk().Data;

        var first = rows[0];
        Assert.Equal(["60000", "61000", "59500", "59500"], Enumerable.Range(1, 4).Select(i => first[i].GetString()));
        Assert.Equal(h.Time.GetUtcNow().AddSeconds(-70).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), first[0].GetString());
        Assert.Equal(7, first.GetArrayLength());
        Assert.Equal(2, rows.GetArrayLength());
    }

    private static async Task<List<decimal>> WalkAsync(int seed)
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.Prices.Run("BTCUSDT", new RandomWalkScript(seed, 0.002m));
        var prices = new List<decimal>();
        for (var i = 0; i < 60; i++)
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            prices.Add(h.Sim.Prices.Last("BTCUSDT"));
        }

        return prices;
    }

    private static async Task<decimal> LastPriceAsync(SimulatorHarness h)
    {
        var ticker = (await h.Client.PublicGetAsync("/api/v2/mix/market/ticker", "symbol=BTCUSDT&productType=USDT-FUTURES")).EnsureOk().Data[0];
        return decimal.Parse(ticker.GetProperty("lastPr").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
