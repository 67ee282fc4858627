using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Alerting;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>Day-start and peak equity live in the control table, so drawdown alerts survive a restart.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class WatermarkPersistenceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PeakSeenBeforeARestart_StillCountsForDrawdownAfterIt()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var webhook = await SwitchableReceiver.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        await using (var first = await SentinelTestApp.StartAsync(azurite, null, webhook, clock))
        {
            await first.AddRuleAsync("""{"id":"dd-peak","type":"drawdown_peak","threshold":15,"clear":13,"channels":["webhook"]}""");
            first.Price(100_000m, equity: 10_000m);
            await first.TickAsync();
            clock.Advance(TimeSpan.FromSeconds(30));
            first.Price(100_000m, equity: 12_000m);
            await first.TickAsync();
        }

        await using var second = await SentinelTestApp.StartAsync(azurite, null, webhook, clock, clearRules: false);
        clock.Advance(TimeSpan.FromSeconds(30));
        second.Price(100_000m, equity: 10_000m);
        await second.TickAsync();
        await second.DeliverAsync();
        var marks = await second.Get<WatermarkStore>().ReadAsync();

        Assert.Equal(12_000m, marks!.PeakEquity);
        Assert.Equal(10_000m, marks.DayStartEquity);
        var firing = Assert.Single(webhook.Accepted);
        Assert.Equal("firing", Payloads.Event(firing));
        Assert.Equal("dd-peak", firing["ruleId"]!.GetValue<string>());
    }

    [Fact]
    public async Task FirstTickEver_DoesNotReportExistingPositionsAsOpened_ButALaterOpeningIs()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, null, webhook);
        await app.AddRuleAsync("""{"id":"opened","type":"position_opened","channels":["webhook"]}""");

        app.Price(100_000m);
        await app.TickAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var now = app.Clock.GetUtcNow();
        var withShort = Market.At(now, 100_000m);
        app.Port.Next = () => withShort with
        {
            Positions = [.. withShort.Positions, Monitoring.Support.MarketData.Position(Market.Symbol, Bitget.Client.Trading.PositionSide.Short, 100_000m, now)],
        };
        await app.TickAsync();
        await app.DeliverAsync();

        var opened = Assert.Single(webhook.Accepted);
        Assert.Equal("BTCUSDT:short", opened["subjectKey"]!.GetValue<string>());
    }
}
