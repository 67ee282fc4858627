using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

/// <summary>The planner on UTA (v3), where a symbol's side holds one full TP/SL: blocked places and re-arms already in place.</summary>
public sealed class ProtectiveStopSlotTests
{
    private static readonly Dictionary<string, ContractSpec> Specs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BTCUSDT"] = new ContractSpec("BTCUSDT", 0.001m, 0.001m, 0.1m, 125m, 5m),
    };

    [Fact]
    public void UsersLooserFullStop_OnUta_ThePlaceIsBlockedByIt_InWordsNamingBothStops_OnClassicItIsAPlainPlace()
    {
        var position = Position(mark: 100m);
        var users = new PositionStop("u1", "mine", "BTCUSDT", PositionSide.Long, 90m, WholePosition: true);

        var blocked = Assert.Single(Plan(new() { MarkPercent = 3 }, [position], [users], oneFullStopPerSide: true));
        var classic = Assert.Single(Plan(new() { MarkPercent = 3 }, [position], [users], oneFullStopPerSide: false));

        Assert.Equal((users, 97m), (blocked.SlotTakenBy, blocked.Trigger));
        Assert.Equal(
            "blocked: your own full-position stop u1 at 90 on BTCUSDT long occupies the one full TP/SL slot Bitget allows per symbol and side, so Sentinel's protective stop at 97 cannot be placed; tighten yours to 97 or closer, or remove it",
            blocked.Reason);
        Assert.Null(classic.SlotTakenBy);
        Assert.Equal("no stop on the position: placed", classic.Reason);
    }

    [Fact]
    public void OnUta_APartialStopOfTheUsers_OrAFullOneOnTheOtherHedgeSide_LeavesTheSlotFree()
    {
        var position = Position(mark: 100m) with { Mode = PositionMode.Hedge };
        var partial = new PositionStop("u1", "mine", "BTCUSDT", PositionSide.Long, 90m, WholePosition: false);
        var otherSide = new PositionStop("u2", "mine2", "BTCUSDT", PositionSide.Short, 110m, WholePosition: true);

        var upkeep = Assert.Single(Plan(new() { MarkPercent = 3 }, [position], [partial, otherSide], oneFullStopPerSide: true));

        Assert.Null(upkeep.SlotTakenBy);
        Assert.Equal(97m, upkeep.Trigger);
    }

    [Fact]
    public void SizeChanged_OnUta_OurFullStopAlreadyAtTheTrigger_IsKeptInPlace_ATighterTriggerIsAMove_ClassicReArms()
    {
        var position = Position(size: 1m, mark: 100m);
        var placed = new PositionStop("p-97", ProtectiveStopClientOid.Create(position, 97m), "BTCUSDT", PositionSide.Long, 97m, WholePosition: true);
        var smaller = position with { Size = 0.4m };

        var kept = Assert.Single(Plan(new() { MarkPercent = 5 }, [smaller], [placed], oneFullStopPerSide: true));
        var moved = Assert.Single(Plan(new() { MarkPercent = 2 }, [smaller], [placed], oneFullStopPerSide: true));
        var classic = Assert.Single(Plan(new() { MarkPercent = 5 }, [smaller], [placed], oneFullStopPerSide: false));

        Assert.True(kept.AlreadyInPlace);
        Assert.Equal("kept: the stop p-97 at 97 already covers the whole position, now 0.4; nothing sent", kept.Reason);
        Assert.Equal((false, 98m), (moved.AlreadyInPlace, moved.Trigger));
        Assert.False(classic.AlreadyInPlace);
        Assert.StartsWith("re-armed", classic.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(97.0, 97.4, false, false)]
    [InlineData(97.0, 97.5, false, true)]
    [InlineData(97.0, 96.5, false, false)]
    [InlineData(97.0, 96.5, true, true)]
    public void WorthMoving_ByTheMinMoveOfTheMark_TighterOrLooserOnlyWithLoosen(double from, double to, bool loosen, bool expected)
    {
        var rule = Assert.Single(Rules(new() { MarkPercent = 3, Loosen = loosen }));

        Assert.Equal(expected, ProtectiveStopPlanner.WorthMoving(rule, Position(mark: 100m), (decimal)from, (decimal)to));
    }

    private static IReadOnlyList<ProtectiveStopRule> Rules(ProtectiveStopDocument stop) =>
        ProtectiveStopRule.From(CompiledRuleSet.Compile(new AlertRuleSetDocument { Rules = [Rule("protective_stop", id: "keep") with { Stop = stop }] }));

    private static IReadOnlyList<StopUpkeep> Plan(ProtectiveStopDocument stop, IReadOnlyList<ExchangePosition> positions, IReadOnlyList<PositionStop> stops, bool oneFullStopPerSide) =>
        ProtectiveStopPlanner.Plan(Rules(stop), positions, stops, Specs, oneFullStopPerSide);
}
