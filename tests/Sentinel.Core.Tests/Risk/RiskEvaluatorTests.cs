using Bitget.Client.Trading;
using Sentinel.Core.Tests.Alerts;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;
using static Sentinel.Core.Tests.Risk.RiskTestData;

namespace Sentinel.Core.Tests.Risk;

public sealed class RiskEvaluatorTests
{
    private static readonly RuleActionDocument Reduce25 = new() { Type = "reduce", Percent = 25 };

    /// <summary>A tick in which the type's value is <paramref name="value"/>, with one long BTCUSDT position.</summary>
    private static RiskTickInput WithValue(string type, decimal value, DateTimeOffset at)
    {
        var position = type switch
        {
            "liquidation_distance" => AtDistance(value),
            "unrealized_pnl" => Position(unrealizedPnl: value),
            "unrealized_pnl_percent" => Position(unrealizedPnl: value, margin: 100m),
            "position_notional" => Position(size: 1m, mark: value),
            "position_leverage" => Position(leverage: value),
            _ => Position(),
        };
        var snapshot = Snapshot(at, [Ticker("BTCUSDT", type is "price_above" or "price_below" ? value : 100m)], [position], equity: type.StartsWith("drawdown", StringComparison.Ordinal) ? 1000m - (value * 10m) : 1000m, marginRatio: type == "margin_ratio" ? value / 100m : null);
        var marks = new AccountWatermarks(DateOnly.FromDateTime(at.UtcDateTime), 1000m, 1000m, at, at);
        return new RiskTickInput(snapshot, null, marks, at);
    }

    [Theory]
    [InlineData("liquidation_distance", 10, 10, true)]
    [InlineData("liquidation_distance", 10, 10.01, false)]
    [InlineData("unrealized_pnl", -500, -500, true)]
    [InlineData("unrealized_pnl", -500, -499, false)]
    [InlineData("unrealized_pnl_percent", -50, -60, true)]
    [InlineData("unrealized_pnl_percent", -50, -40, false)]
    [InlineData("margin_ratio", 80, 80, true)]
    [InlineData("margin_ratio", 80, 79.9, false)]
    [InlineData("drawdown_day", 5, 5, true)]
    [InlineData("drawdown_day", 5, 4, false)]
    [InlineData("drawdown_peak", 15, 20, true)]
    [InlineData("drawdown_peak", 15, 14, false)]
    [InlineData("position_notional", 250000, 250000, true)]
    [InlineData("position_notional", 250000, 249999, false)]
    [InlineData("position_leverage", 20, 25, true)]
    [InlineData("position_leverage", 20, 19, false)]
    [InlineData("price_above", 120, 120, true)]
    [InlineData("price_above", 120, 119, false)]
    [InlineData("price_below", 90, 90, true)]
    [InlineData("price_below", 90, 91, false)]
    public void Evaluate_ValueAgainstThreshold_PlansTheFirstStepOnlyOnBreach(string type, double threshold, double value, bool planned)
    {
        var rules = Rules(RiskRule(type, (decimal)threshold, Reduce25, symbols: type is "margin_ratio" or "drawdown_day" or "drawdown_peak" ? null : ["BTCUSDT"]));

        var result = RiskEvaluator.Evaluate(rules, [], WithValue(type, (decimal)value, T0));

        if (planned)
        {
            var action = Assert.Single(result.Actions);
            Assert.Equal((RiskActionKind.Reduce, 0.25m, 0, "BTCUSDT:long"), (action.Step.Kind, action.Step.Fraction, action.Stage, action.SubjectKey));
            Assert.Equal(T0, Assert.Single(result.Changed).EpisodeStartedAt);
        }
        else
        {
            Assert.Empty(result.Actions);
            Assert.Empty(result.Changed);
        }
    }

    [Fact]
    public void StagedRule_BreachPersists_ReducesQuarterThenHalfThenCloses_AtStageIntervals()
    {
        var driver = new Driver(Rules(RiskRule("liquidation_distance", 10, Staged, clear: 12)));
        var taken = new List<(int Minute, RiskActionKind Kind, decimal Fraction)>();

        for (var minute = 0; minute <= 20; minute++)
        {
            foreach (var action in driver.Tick(Input(T0.AddMinutes(minute), AtDistance(8))))
            {
                taken.Add((minute, action.Step.Kind, action.Step.Fraction));
            }
        }

        Assert.Equal([(0, RiskActionKind.Reduce, 0.25m), (5, RiskActionKind.Reduce, 0.5m), (10, RiskActionKind.Close, 1m)], taken);
    }

    [Fact]
    public void StagedRule_ValueBetweenThresholdAndClear_KeepsTheEpisode_PastClear_EndsIt()
    {
        var driver = new Driver(Rules(RiskRule("liquidation_distance", 10, Staged, clear: 12)));
        driver.Tick(Input(T0, AtDistance(8)));

        var inBand = driver.Tick(Input(T0.AddMinutes(5), AtDistance(11)));
        var cleared = driver.Tick(Input(T0.AddMinutes(10), AtDistance(12.5m)));
        var again = driver.Tick(Input(T0.AddMinutes(11), AtDistance(9)));

        Assert.Equal(1, Assert.Single(inBand).Stage);
        Assert.Empty(cleared);
        var restart = Assert.Single(again);
        Assert.Equal((0, T0.AddMinutes(11)), (restart.Stage, restart.EpisodeStartedAt));
    }

    [Fact]
    public void ForTwo_FirstBreachOnlyPending_SecondPlans_AndABreakStartsOver()
    {
        var driver = new Driver(Rules(RiskRule("liquidation_distance", 10, Reduce25, forCount: 2)));

        var first = driver.Tick(Input(T0, AtDistance(8)));
        var broken = driver.Tick(Input(T0.AddMinutes(1), AtDistance(11)));
        var again = driver.Tick(Input(T0.AddMinutes(2), AtDistance(8)));
        var second = driver.Tick(Input(T0.AddMinutes(3), AtDistance(8)));

        Assert.Empty(first);
        Assert.Empty(broken);
        Assert.Empty(again);
        Assert.Single(second);
    }

    [Fact]
    public void StepNotTaken_IsPlannedAgainOnlyAfterTheRetryInterval_WithTheSameClientOid()
    {
        var driver = new Driver(Rules(RiskRule("liquidation_distance", 10, Staged)));

        var first = Assert.Single(driver.Tick(Input(T0, AtDistance(8)), take: false));
        var tooSoon = driver.Tick(Input(T0.AddSeconds(30), AtDistance(8)), take: false);
        var retry = Assert.Single(driver.Tick(Input(T0 + RiskState.RetryInterval, AtDistance(8)), take: false));

        Assert.Empty(tooSoon);
        Assert.Equal((first.Stage, first.ClientOid), (retry.Stage, retry.ClientOid));
    }

    [Fact]
    public void PositionGone_EndsTheEpisode()
    {
        var rules = Rules(RiskRule("liquidation_distance", 10, Staged));
        var started = RiskEvaluator.Evaluate(rules, [], Input(T0, AtDistance(8)));

        var after = RiskEvaluator.Evaluate(rules, started.Changed, Input(T0.AddMinutes(1)));

        Assert.Equal("BTCUSDT:long", Assert.Single(after.Ended).SubjectKey);
        Assert.Empty(after.Actions);
    }

    [Theory]
    [InlineData(null, "BTCUSDT:long,BTCUSDT:short,ETHUSDT:long")]
    [InlineData("long", "BTCUSDT:long,ETHUSDT:long")]
    [InlineData("short", "BTCUSDT:short")]
    public void SidesAndSymbols_LimitWhichPositionsAreActedOn(string? side, string expected)
    {
        var action = Reduce25 with { Sides = side is null ? null : [side] };
        var rules = Rules(RiskRule("liquidation_distance", 10, action));

        var result = RiskEvaluator.Evaluate(rules, [], Input(T0, AtDistance(5), AtDistance(5, PositionSide.Short), AtDistance(5, symbol: "ETHUSDT")));

        Assert.Equal(expected, string.Join(',', result.Actions.Select(a => a.SubjectKey)));
    }

    [Fact]
    public void AccountRule_ActsOnEveryOpenPosition()
    {
        var rules = Rules(RiskRule("margin_ratio", 80, Reduce25));
        var input = Input(T0, AtDistance(20), AtDistance(20, symbol: "ETHUSDT"));
        input = input with { Snapshot = input.Snapshot with { Account = input.Snapshot.Account with { MarginRatio = 0.9m } } };

        var result = RiskEvaluator.Evaluate(rules, [], input);

        Assert.Equal(["BTCUSDT:long", "ETHUSDT:long"], result.Actions.Select(a => a.SubjectKey));
    }

    [Fact]
    public void PriceCrossing_PlansOncePerCrossing()
    {
        var rules = Rules(RiskRule("price_crossing", 95, new RuleActionDocument { Type = "close" }, symbols: ["BTCUSDT"]));
        var history = new PriceTape();
        history.Record("BTCUSDT", T0, 100m);
        RiskTickInput At(DateTimeOffset at, decimal price)
        {
            history.Record("BTCUSDT", at, price);
            return new RiskTickInput(Snapshot(at, [Ticker("BTCUSDT", price)], [Position()]), history, null, at);
        }

        var crossed = RiskEvaluator.Evaluate(rules, [], At(T0.AddSeconds(30), 94m));
        var stillBelow = RiskEvaluator.Evaluate(rules, [], At(T0.AddSeconds(60), 93m));

        Assert.Equal(RiskActionKind.Close, Assert.Single(crossed.Actions).Step.Kind);
        Assert.Empty(stillBelow.Actions);
    }

    [Fact]
    public void PriceCrossing_StreamedUpdatesAndTheNextPoll_TakeTheCrossingOnce()
    {
        var driver = new Driver(Rules(RiskRule("price_crossing", 95, Reduce25, symbols: ["BTCUSDT"])));
        var history = new PriceTape();
        history.Record("BTCUSDT", T0, 100m);

        var planned = Enumerable.Range(1, 5).SelectMany(i => driver.Tick(Streamed(history, T0.AddSeconds(i), 94m - i))).ToList();
        history.Record("BTCUSDT", T0.AddSeconds(30), 90m);
        var poll = driver.Tick(Polled(history, T0.AddSeconds(30), 90m));

        Assert.Single(planned);
        Assert.Empty(poll);
    }

    [Fact]
    public void PriceCrossing_EveryEvaluationOfOneCrossing_NamesTheSameOrder()
    {
        var rules = Rules(RiskRule("price_crossing", 95, Reduce25, symbols: ["BTCUSDT"]));
        var history = new PriceTape();
        history.Record("BTCUSDT", T0, 100m);

        // No state carried over (another instance, or a state write that lost): each sees the crossing afresh.
        var pushes = Enumerable.Range(1, 3).Select(i => Assert.Single(RiskEvaluator.Evaluate(rules, [], Streamed(history, T0.AddSeconds(i * 7), 94m)).Actions).ClientOid).ToList();
        history.Record("BTCUSDT", T0.AddSeconds(30), 93m);
        var poll = Assert.Single(RiskEvaluator.Evaluate(rules, [], Polled(history, T0.AddSeconds(30), 93m)).Actions);

        Assert.Equal([poll.ClientOid], pushes.Append(poll.ClientOid).Distinct());
        Assert.Equal(MitigationClientOid.Create("risk1", "BTCUSDT", PositionSide.Long, 0, T0), poll.ClientOid);
    }

    [Fact]
    public void PriceCrossing_NotTakenOnAPush_IsRetriedAfterTheNextPolls_UnderItsOwnOrder_WhileThePriceStaysPast()
    {
        var driver = new Driver(Rules(RiskRule("price_crossing", 95, Reduce25, symbols: ["BTCUSDT"])));
        var history = new PriceTape();
        history.Record("BTCUSDT", T0, 100m);

        // The push's step is not taken (say the mitigation lease was busy); the polls that follow keep the price past 95.
        var pushed = Assert.Single(driver.Tick(Streamed(history, T0.AddSeconds(20), 94m), take: false));
        var later = new List<PlannedAction>();
        for (var poll = 1; poll <= 3; poll++)
        {
            history.Record("BTCUSDT", T0.AddSeconds(30 * poll), 93m);
            later.AddRange(driver.Tick(Polled(history, T0.AddSeconds(30 * poll), 93m)));
        }

        var retried = Assert.Single(later);
        Assert.Equal(pushed.ClientOid, retried.ClientOid);
        history.Record("BTCUSDT", T0.AddSeconds(150), 93m);
        Assert.Empty(driver.Tick(Polled(history, T0.AddSeconds(150), 93m)));
    }

    [Fact]
    public void PriceCrossing_NotTaken_ThePriceWentBackBeforeTheRetry_EndsIt()
    {
        var driver = new Driver(Rules(RiskRule("price_crossing", 95, Reduce25, symbols: ["BTCUSDT"])));
        var history = new PriceTape();
        history.Record("BTCUSDT", T0, 100m);

        Assert.Single(driver.Tick(Streamed(history, T0.AddSeconds(20), 94m), take: false));
        history.Record("BTCUSDT", T0.AddSeconds(30), 96m);
        Assert.Empty(driver.Tick(Polled(history, T0.AddSeconds(30), 96m)));
        history.Record("BTCUSDT", T0.AddSeconds(90), 96m);

        Assert.Empty(driver.Tick(Polled(history, T0.AddSeconds(90), 96m)));
        Assert.Empty(driver.States);
    }

    [Fact]
    public void PriceCrossing_BackAndAcrossAgainAfterANewPoll_IsANewCrossing()
    {
        var driver = new Driver(Rules(RiskRule("price_crossing", 95, Reduce25, symbols: ["BTCUSDT"])));
        var history = new PriceTape();
        history.Record("BTCUSDT", T0, 100m);

        var first = Assert.Single(driver.Tick(Streamed(history, T0.AddSeconds(5), 94m)));
        history.Record("BTCUSDT", T0.AddSeconds(30), 96m);
        var back = driver.Tick(Polled(history, T0.AddSeconds(30), 96m));
        var second = Assert.Single(driver.Tick(Streamed(history, T0.AddSeconds(35), 94m)));

        Assert.Empty(back);
        Assert.NotEqual(first.ClientOid, second.ClientOid);
    }

    [Fact]
    public void ForThree_StreamedBreachesAlone_NeverStartTheEpisode_ThreeBreachingPollsDo()
    {
        var driver = new Driver(Rules(RiskRule("liquidation_distance", 10, Reduce25, forCount: 3)));
        var planned = new List<PlannedAction>();
        void Pushes(DateTimeOffset from, decimal distance) =>
            planned.AddRange(Enumerable.Range(1, 10).SelectMany(i => driver.Tick(Input(from.AddSeconds(i), AtDistance(distance)) with { Streamed = true })));

        Pushes(T0, 8m);
        var afterPushesOnly = planned.Count;
        planned.AddRange(driver.Tick(Input(T0.AddSeconds(30), AtDistance(8))));
        Pushes(T0.AddSeconds(30), 8m);
        // A push back above the level between polls is not a poll either: the count the polls built stays.
        Pushes(T0.AddSeconds(45), 12m);
        planned.AddRange(driver.Tick(Input(T0.AddSeconds(60), AtDistance(8))));
        var beforeThirdPoll = planned.Count;
        var third = driver.Tick(Input(T0.AddSeconds(90), AtDistance(8)));

        Assert.Equal(0, afterPushesOnly);
        Assert.Equal(0, beforeThirdPoll);
        Assert.Equal(T0.AddSeconds(90), Assert.Single(third).EpisodeStartedAt);
    }

    [Fact]
    public void ForOne_AStreamedBreach_StartsTheEpisodeAtOnce()
    {
        var driver = new Driver(Rules(RiskRule("liquidation_distance", 10, Reduce25)));

        var planned = driver.Tick(Input(T0.AddSeconds(5), AtDistance(8)) with { Streamed = true });

        Assert.Equal(T0.AddSeconds(5), Assert.Single(planned).EpisodeStartedAt);
    }

    /// <summary>A streamed update: the stored history as the last poll left it, the streamed price, read now.</summary>
    private static RiskTickInput Streamed(PriceTape history, DateTimeOffset at, decimal price) =>
        new(Snapshot(at, [Ticker("BTCUSDT", price)], [Position()]), history, null, at, Streamed: true);

    /// <summary>A poll whose sample is already in <paramref name="history"/>, as the tick hands it on.</summary>
    private static RiskTickInput Polled(PriceTape history, DateTimeOffset at, decimal price) =>
        new(Snapshot(at, [Ticker("BTCUSDT", price)], [Position()]), history, null, at);

    [Theory]
    [InlineData(PositionSide.Long, 98)]
    [InlineData(PositionSide.Short, 102)]
    public void StopLoss_TriggersOnTheLosingSide_AndRepeatsOnlyWhenTighter(PositionSide side, double trigger)
    {
        var rules = Rules(RiskRule("liquidation_distance", 10, new RuleActionDocument { Type = "stop_loss", StopDistancePercent = 2 }));
        var driver = new Driver(rules);
        ExchangePosition At(decimal mark) => AtDistance(8, side) with { MarkPrice = mark, LiquidationPrice = side == PositionSide.Long ? mark * 0.92m : mark * 1.08m };

        var placed = Assert.Single(driver.Tick(Input(T0, At(100m))));
        var worse = driver.Tick(Input(T0.AddMinutes(5), At(side == PositionSide.Long ? 99m : 101m)));
        var better = Assert.Single(driver.Tick(Input(T0.AddMinutes(10), At(side == PositionSide.Long ? 101m : 99m))));

        Assert.Equal((decimal)trigger, placed.StopTrigger);
        Assert.Empty(worse);
        Assert.Equal(1, better.Stage);
        Assert.NotEqual(placed.ClientOid, better.ClientOid);
    }

    [Fact]
    public void ClientOid_IsDeterministic_ShortAndDistinctPerStageSideAndEpisode()
    {
        var a = MitigationClientOid.Create("liq", "BTCUSDT", PositionSide.Long, 0, T0);

        Assert.Equal(a, MitigationClientOid.Create("liq", "btcusdt", PositionSide.Long, 0, T0));
        Assert.NotEqual(a, MitigationClientOid.Create("liq", "BTCUSDT", PositionSide.Long, 1, T0));
        Assert.NotEqual(a, MitigationClientOid.Create("liq", "BTCUSDT", PositionSide.Short, 0, T0));
        Assert.NotEqual(a, MitigationClientOid.Create("liq", "BTCUSDT", PositionSide.Long, 0, T0.AddSeconds(1)));
        Assert.Matches("^sr[0-9a-f]{24}-19$", MitigationClientOid.Slice(a, 19));
        Bitget.Client.Trading.ClientOid.Validate(MitigationClientOid.Slice(a, 19), "clientOid");
    }
}
