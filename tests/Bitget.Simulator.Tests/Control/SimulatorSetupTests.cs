using Bitget.Simulator.Accounts;
using Bitget.Simulator.Hosting;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Bitget.Simulator.Tests.Control;

public sealed class SimulatorSetupTests
{
    [Fact]
    public async Task SetupFile_SeedsAccountsPricesPositionsAndScripts()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """
            {
              // comments are allowed
              "accounts": [ { "apiKey": "demo", "secret": "s", "passphrase": "p", "kind": "Unified", "positionMode": "Hedge", "balance": 500 } ],
              "prices": { "BTCUSDT": 50000 },
              "positions": [ { "symbol": "BTCUSDT", "side": "Long", "size": 0.01, "entryPrice": 49000 } ],
              "scripts": [ { "symbol": "BTCUSDT", "kind": "move", "percent": -8, "seconds": 60 } ]
            }
            """);
        var setup = SimulatorSetup.FromArgs(["--setup", file, "--url", "http://127.0.0.1:0", "--seed", "9"]);
        var options = setup.ToOptions();
        var time = new FakeTimeProvider();
        options.TimeProvider = time;
        options.LogRequests = false;

        await using var sim = await BitgetSimulator.StartAsync(options);
        setup.Apply(sim);
        time.Advance(TimeSpan.FromSeconds(60));

        File.Delete(file);
        var account = Assert.Single(options.Accounts);
        Assert.Equal(("demo", AccountKind.Unified, PositionMode.Hedge, 9), (account.ApiKey, account.Kind, account.PositionMode, options.Seed));
        Assert.Equal(46_000m, sim.Prices.Last("BTCUSDT"));
        Assert.Equal(49_000m, Assert.Single(sim.Exchange.Positions("demo")).EntryPrice);
    }

    [Fact]
    public async Task DemoSetup_StartsWithALongThatTheScriptedDropPutsUnderWater()
    {
        var setup = SimulatorSetup.FromArgs(["--setup", RepositoryRoot.Combine("tools", "Bitget.Simulator", "demo-setup.json"), "--url", "http://127.0.0.1:0"]);
        var options = setup.ToOptions();
        var time = new FakeTimeProvider();
        options.TimeProvider = time;
        options.LogRequests = false;
        await using var sim = await BitgetSimulator.StartAsync(options);

        setup.Apply(sim);
        time.Advance(TimeSpan.FromSeconds(60));

        var position = Assert.Single(sim.Exchange.Positions("demo-key"));
        Assert.Equal(55_200m, sim.Prices.Last("BTCUSDT"));
        Assert.Equal(-2_400m, position.UnrealizedPnl);
        Assert.True(position.LiquidationPrice < 55_200m, "the demo long must survive the drop so mitigation can act");
    }

    [Theory]
    [InlineData("http://0.0.0.0:5210")]
    [InlineData("http://example.com:5210")]
    public void NonLoopbackUrl_IsRefused(string url)
    {
        Assert.Throws<ArgumentException>(() => SimulatorSetup.FromArgs(["--url", url]));
    }
}
