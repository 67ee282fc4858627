using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

/// <summary>The protective_stop rule's validation and the pure planner that keeps its stops.</summary>
public sealed class ProtectiveStopTests
{
    private static readonly Dictionary<string, ContractSpec> Specs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BTCUSDT"] = new ContractSpec("BTCUSDT", 0.001m, 0.001m, 0.1m, 125m, 5m),
    };

    public static TheoryData<ProtectiveStopDocument?, string, string> Invalid => new()
    {
        { null, "stop", "is required for protective_stop" },
        { new(), "stop", "markPercent and/or liquidationFraction" },
        { new() { MarkPercent = 0 }, "stop.markPercent", "more than 0 and less than 50" },
        { new() { MarkPercent = 50 }, "stop.markPercent", "more than 0 and less than 50" },
        { new() { LiquidationFraction = 1 }, "stop.liquidationFraction", "less than 1" },
        { new() { MarkPercent = 2, MinMovePercent = 11 }, "stop.minMovePercent", "between 0 and 10" },
        { new() { MarkPercent = 2, Sides = ["both"] }, "stop.sides", "'both' is not a side" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidStop_IsAFieldErrorNamingTheField(ProtectiveStopDocument? stop, string field, string message)
    {
        var errors = AlertRuleValidator.Validate(Rule("protective_stop") with { Stop = stop });

        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ConditionFields_DoNotApplyToAProtectiveStop_AndStopDoesNotApplyElsewhere()
    {
        var stop = new ProtectiveStopDocument { MarkPercent = 3 };

        var errors = AlertRuleValidator.Validate(Rule("protective_stop", threshold: 5, forCount: 2) with { Stop = stop, Action = new() { Type = "close" } });
        var elsewhere = AlertRuleValidator.Validate(Rule("liquidation_distance", threshold: 8) with { Stop = stop });

        Assert.Equal(["action", "for", "threshold"], errors.Select(e => e.Field).Order());
        Assert.Contains(elsewhere, e => e.Field == "stop" && e.Message.Contains("belongs to protective_stop", StringComparison.Ordinal));
        Assert.Empty(AlertRuleValidator.Validate(Rule("protective_stop", symbols: ["BTCUSDT"]) with { Stop = stop with { LiquidationFraction = 0.5m, Sides = ["long"], Loosen = true } }));
    }

    [Theory]
    [InlineData(PositionSide.Long, 97.0)]
    [InlineData(PositionSide.Short, 103.0)]
    public void NoStop_PlacesOneAtTheMarkDistance_OnTheLosingSide(PositionSide side, double trigger)
    {
        var position = Position(side: side, mark: 100m);

        var upkeep = Assert.Single(Plan(new() { MarkPercent = 3 }, [position], []));

        Assert.Equal((RiskActionKind.ProtectiveStop, (decimal?)(decimal)trigger), (upkeep.Kind, upkeep.Trigger));
        Assert.Equal(side, ProtectiveStopClientOid.SideOf(upkeep.ClientOid));
        Assert.Equal(ProtectiveStopClientOid.Create(position, (decimal)trigger), upkeep.ClientOid);
    }

    [Theory]
    [InlineData(PositionSide.Long, 80.0, 90.0)]
    [InlineData(PositionSide.Short, 120.0, 110.0)]
    public void LiquidationFraction_HalfWay_AndWithBothTheTighterWins(PositionSide side, double liquidation, double halfWay)
    {
        var position = Position(side: side, mark: 100m, liquidation: (decimal)liquidation);

        var half = Assert.Single(Plan(new() { LiquidationFraction = 0.5m }, [position], []));
        var both = Assert.Single(Plan(new() { LiquidationFraction = 0.5m, MarkPercent = 3 }, [position], []));
        var noLiquidation = Plan(new() { LiquidationFraction = 0.5m }, [position with { LiquidationPrice = null }], []);

        Assert.Equal((decimal)halfWay, half.Trigger);
        Assert.Equal(side == PositionSide.Long ? 97m : 103m, both.Trigger);
        Assert.Empty(noLiquidation);
    }

    [Theory]
    [InlineData(PositionSide.Long, 96.9)]
    [InlineData(PositionSide.Short, 103.1)]
    public void Rounding_GoesToTheTickAwayFromTheMark(PositionSide side, double trigger)
    {
        var upkeep = Assert.Single(Plan(new() { MarkPercent = 3.04m }, [Position(side: side, mark: 100m)], []));

        Assert.Equal((decimal)trigger, upkeep.Trigger);
    }

    [Fact]
    public void OurStopInPlace_NothingToDo_TighterByTheMinMove_MovesIt_LooserNeverWithoutLoosen()
    {
        var position = Position(mark: 100m);
        var placed = Ours(position, 97m);

        Assert.Empty(Plan(new() { MarkPercent = 3 }, [position], [placed]));
        Assert.Empty(Plan(new() { MarkPercent = 3 }, [position with { MarkPrice = 100.3m }], [placed]));
        var moved = Assert.Single(Plan(new() { MarkPercent = 3 }, [position with { MarkPrice = 102m }], [placed]));
        Assert.Equal((98.9m, placed), (moved.Trigger!.Value, Assert.Single(moved.Supersedes)));
        Assert.Empty(Plan(new() { MarkPercent = 3 }, [position with { MarkPrice = 95m }], [placed]));
        Assert.Equal(92.1m, Assert.Single(Plan(new() { MarkPercent = 3, Loosen = true }, [position with { MarkPrice = 95m }], [placed])).Trigger);
    }

    [Fact]
    public void SizeChanged_ReArmsAtTheSameTriggerWhenThatIsTighter()
    {
        var position = Position(size: 1m, mark: 100m);
        var placed = Ours(position, 97m);

        var rearmed = Assert.Single(Plan(new() { MarkPercent = 5 }, [position with { Size = 0.4m }], [placed]));

        Assert.Equal(97m, rearmed.Trigger);
        Assert.Contains("re-armed", rearmed.Reason, StringComparison.Ordinal);
        Assert.NotEqual(placed.ClientOid, rearmed.ClientOid);
    }

    [Fact]
    public void SizeChanged_TheMarkAlreadyThroughTheStop_NotReArmedLooser()
    {
        var position = Position(size: 1m, mark: 100m);
        var placed = Ours(position, 97m);

        Assert.Empty(Plan(new() { MarkPercent = 5 }, [position with { Size = 0.4m, MarkPrice = 96m }], [placed]));
        Assert.Equal(91.2m, Assert.Single(Plan(new() { MarkPercent = 5, Loosen = true }, [position with { Size = 0.4m, MarkPrice = 96m }], [placed])).Trigger);
    }

    [Fact]
    public void PositionGone_OurStopIsCancelled_TheUsersIsLeftAlone()
    {
        var position = Position(mark: 100m);
        var ours = Ours(position, 97m);
        var users = new PositionStop("u1", "my-own-stop", "BTCUSDT", PositionSide.Long, 95m, WholePosition: true);

        var upkeep = Assert.Single(Plan(new() { MarkPercent = 3 }, [], [ours, users]));

        Assert.Equal((RiskActionKind.CancelStop, ours), (upkeep.Kind, upkeep.Target));
        Assert.Contains("orphan", upkeep.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UsersWholePositionStopAtLeastAsTight_NothingPlaced_ALooserOne_OursIsPlaced()
    {
        var position = Position(mark: 100m);

        Assert.Empty(Plan(new() { MarkPercent = 3 }, [position], [new("u1", "mine", "BTCUSDT", PositionSide.Long, 98m, true)]));
        Assert.Single(Plan(new() { MarkPercent = 3 }, [position], [new("u1", "mine", "BTCUSDT", PositionSide.Long, 90m, true)]));
    }

    [Fact]
    public void ARiskRulesStopInPlace_OursIsNeverPlacedLooserThanIt_NotEvenWithLoosen()
    {
        var position = Position(size: 1m, mark: 100m);
        var ours = Ours(position, 97m);
        var riskStop = new PositionStop("r1", RiskClientOid, "BTCUSDT", PositionSide.Long, 96m, WholePosition: true);

        Assert.Empty(Plan(new() { MarkPercent = 3, Loosen = true }, [position with { MarkPrice = 95m }], [ours, riskStop]));
        Assert.Empty(Plan(new() { MarkPercent = 5 }, [position with { Size = 0.4m, MarkPrice = 98m }], [ours, riskStop with { TriggerPrice = 97.5m }]));
        Assert.Empty(Plan(new() { MarkPercent = 5 }, [position], [riskStop]));
        Assert.Equal(97m, Assert.Single(Plan(new() { MarkPercent = 3 }, [position], [riskStop])).Trigger);
    }

    [Fact]
    public void SentinelsOwnStopListedWithAQtyBelowTheGrownPosition_StillCountsAsWholePosition_NothingLooserIsPlaced()
    {
        // v3 rows carry no tpslMode: a full stop of a risk rule's listed with the size it was placed for looks partial
        // once the position grew, yet Sentinel only ever places full ones.
        var position = Position(size: 2m, mark: 100m);
        var riskStop = new PositionStop("r1", RiskClientOid, "BTCUSDT", PositionSide.Long, 98m, WholePosition: false);

        Assert.Same(riskStop, ProtectiveStopPlanner.TighterInPlace([riskStop], position, 97m, ignoreOurs: true));
        Assert.Empty(Plan(new() { MarkPercent = 3 }, [position], [riskStop]));
        Assert.Single(Plan(new() { MarkPercent = 3 }, [position], [riskStop with { ClientOid = "mine" }]));
    }

    [Fact]
    public void OneWay_AUsersTighterStopWhoseSideTheListingSpellsOtherwise_StillCounts_HedgeGoesBySide()
    {
        var position = Position(mark: 100m);
        var users = new PositionStop("u1", "mine", "BTCUSDT", PositionSide.Short, 98m, WholePosition: true);

        Assert.Empty(Plan(new() { MarkPercent = 3 }, [position with { Mode = PositionMode.OneWay }], [users]));
        Assert.Single(Plan(new() { MarkPercent = 3 }, [position with { Mode = PositionMode.Hedge }], [users]));
    }

    [Fact]
    public void OneWay_ALeftoverStopOnTheWinningSideOfTheMark_IsNoTighterStop_OursIsPlaced()
    {
        // A one-way short at 100 under a whole-position stop at 95, left from when the net position was long: it would
        // never protect the short, so it must not count as a tighter stop already in place.
        var shortPosition = Position(side: PositionSide.Short, mark: 100m) with { Mode = PositionMode.OneWay };
        var leftover = new PositionStop("u1", "mine", "BTCUSDT", PositionSide.Long, 95m, WholePosition: true);

        Assert.Null(ProtectiveStopPlanner.TighterInPlace([leftover], shortPosition, 103m, ignoreOurs: true));
        Assert.Equal(103m, Assert.Single(Plan(new() { MarkPercent = 3 }, [shortPosition], [leftover])).Trigger);
    }

    [Fact]
    public void SidesAndSymbols_LimitWhatIsCovered()
    {
        var rule = new ProtectiveStopDocument { MarkPercent = 3, Sides = ["short"] };

        Assert.Empty(Plan(rule, [Position(side: PositionSide.Long)], []));
        Assert.Single(Plan(rule, [Position(side: PositionSide.Short)], []));
    }

    [Fact]
    public void OurStopUnderALaterClientOidGeneration_IsTheSameStop_NotReArmed()
    {
        var position = Position(mark: 100m);
        var replaced = Ours(position, 97m) with { ClientOid = ProtectiveStopClientOid.Next(ProtectiveStopClientOid.Create(position, 97m)) };

        Assert.Empty(Plan(new ProtectiveStopDocument { MarkPercent = 3 }, [position], [replaced]));
    }

    private static readonly string RiskClientOid = MitigationClientOid.Create("loss-stop", "BTCUSDT", PositionSide.Long, 0, DateTimeOffset.UnixEpoch);

    private static PositionStop Ours(ExchangePosition position, decimal trigger) =>
        new("p-" + trigger, ProtectiveStopClientOid.Create(position, trigger), position.Symbol, position.Side, trigger, true);

    private static IReadOnlyList<StopUpkeep> Plan(ProtectiveStopDocument stop, IReadOnlyList<ExchangePosition> positions, IReadOnlyList<PositionStop> stops)
    {
        var compiled = CompiledRuleSet.Compile(new AlertRuleSetDocument { Rules = [Rule("protective_stop", id: "keep") with { Stop = stop }] });
        return ProtectiveStopPlanner.Plan(ProtectiveStopRule.From(compiled), positions, stops, Specs);
    }
}
