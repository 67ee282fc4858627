using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Alerts;

public sealed class EventAndHealthRuleTests
{
    [Theory]
    [InlineData("any", 99, 100, true)]
    [InlineData("any", 101, 100, true)]
    [InlineData("any", 99, 99.99, false)]
    [InlineData("any", 100, 101, false)]
    [InlineData("up", 101, 99, false)]
    [InlineData("down", 101, 99, true)]
    [InlineData("up", 99, 101, true)]
    public void Evaluate_PriceCrossing_FiresOnlyWhenTheLevelIsCrossedBetweenTicks(string direction, double previous, double current, bool fires)
    {
        var sut = new AlertHarness(Rule("price_crossing", 100m, direction: direction, symbols: ["BTCUSDT"]));
        sut.Price(T0, (decimal)previous);

        var result = sut.Price(T0.AddMinutes(1), (decimal)current);

        Assert.Equal(fires, result.Decisions.Any(d => d.Kind == AlertTransitionKind.Event));
    }

    [Fact]
    public void Evaluate_PriceCrossing_FiresOncePerCrossingAndNeverResolves()
    {
        var sut = new AlertHarness(Rule("price_crossing", 100m, symbols: ["BTCUSDT"]));

        var kinds = new[] { 99m, 101m, 102m, 103m, 98m }
            .Select((price, i) => sut.Price(T0.AddMinutes(i), price).Decisions.Select(d => d.Kind).ToList())
            .ToList();

        Assert.Equal([[], [AlertTransitionKind.Event], [], [], [AlertTransitionKind.Event]], kinds);
    }

    [Fact]
    public void Evaluate_PriceCrossing_StreamedUpdatesAndTheNextPoll_ReportTheCrossingOnce()
    {
        var sut = new AlertHarness(Rule("price_crossing", 100m, symbols: ["BTCUSDT"]));
        sut.Price(T0, 99m);

        var pushes = Enumerable.Range(1, 5)
            .Select(i => sut.Streamed(T0.AddSeconds(i), 100m + i).Decisions.Count(d => d.Kind == AlertTransitionKind.Event))
            .ToList();
        var poll = sut.Price(T0.AddSeconds(30), 104m);
        var crossingBack = sut.Price(T0.AddSeconds(60), 98m);

        Assert.Equal([1, 0, 0, 0, 0], pushes);
        Assert.DoesNotContain(poll.Decisions, d => d.Kind == AlertTransitionKind.Event);
        Assert.Single(crossingBack.Decisions, d => d.Kind == AlertTransitionKind.Event);
    }

    [Fact]
    public void Evaluate_PositionOpenedClosedAndFlipped_AreReportedAsEvents()
    {
        var sut = new AlertHarness(
            Rule("position_opened", id: "opened"),
            Rule("position_closed", id: "closed"),
            Rule("position_flipped", id: "flipped"));
        sut.Tick(Snapshot(T0, [], []));

        var opened = sut.Tick(Snapshot(T0.AddMinutes(1), [], [Position("BTCUSDT", PositionSide.Long)]));
        var flipped = sut.Tick(Snapshot(T0.AddMinutes(2), [], [Position("BTCUSDT", PositionSide.Short)]));
        var closed = sut.Tick(Snapshot(T0.AddMinutes(3), [], []));

        Assert.Equal(["opened:BTCUSDT:long"], Describe(opened));
        Assert.Equal(["closed:BTCUSDT:long", "flipped:BTCUSDT", "opened:BTCUSDT:short"], Describe(flipped));
        Assert.Equal(["closed:BTCUSDT:short"], Describe(closed));
    }

    [Fact]
    public void Evaluate_FirstTick_ReportsNoPositionEvents()
    {
        var sut = new AlertHarness(Rule("position_opened"));

        var result = sut.Tick(Snapshot(T0, [], [Position()]));

        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void Evaluate_StaleDataWithoutAnySuccess_FiresEvenWithoutASnapshot()
    {
        var sut = new AlertHarness(Rule("stale_data", 3m));

        var result = sut.TickWithoutSnapshot(T0, TickStatus.None.Failed(TickFailureKind.Unreachable, T0));

        Assert.Equal(AlertTransitionKind.Firing, Assert.Single(result.Decisions).Kind);
    }

    [Theory]
    [InlineData("exchange_unreachable", TickFailureKind.Unreachable, 3, true)]
    [InlineData("exchange_unreachable", TickFailureKind.Unreachable, 2, false)]
    [InlineData("exchange_unreachable", TickFailureKind.Authentication, 5, false)]
    [InlineData("auth_failing", TickFailureKind.Authentication, 3, true)]
    [InlineData("auth_failing", TickFailureKind.Other, 3, false)]
    public void Evaluate_HealthConditions_FireAfterEnoughConsecutiveFailuresOfTheirKind(string type, TickFailureKind error, int failures, bool fires)
    {
        var sut = new AlertHarness(Rule(type, 3m));
        var health = Healthy(T0);
        for (var i = 1; i <= failures; i++)
        {
            health = health.Failed(error, T0.AddMinutes(i));
        }

        var result = sut.TickWithoutSnapshot(T0.AddMinutes(failures), health);

        Assert.Equal(fires, result.Decisions.Any(d => d.Kind == AlertTransitionKind.Firing));
    }

    [Fact]
    public void Evaluate_ExchangeBackAfterOutage_ResolvesTheHealthAlert()
    {
        var sut = new AlertHarness(Rule("exchange_unreachable"));
        sut.TickWithoutSnapshot(T0, Healthy(T0).Failed(TickFailureKind.Unreachable, T0));

        var result = sut.Tick(Snapshot(T0.AddMinutes(1)));

        Assert.Equal(AlertTransitionKind.Resolved, Assert.Single(result.Decisions).Kind);
    }

    private static List<string> Describe(AlertTickResult result) =>
        result.Decisions.Select(d => $"{d.Rule.Id}:{d.SubjectKey}").Order(StringComparer.Ordinal).ToList();
}
