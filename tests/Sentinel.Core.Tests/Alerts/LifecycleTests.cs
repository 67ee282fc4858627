using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Alerts;

public sealed class LifecycleTests
{
    private static AlertHarness CreateSut(int? forCount = null, int? renotifyMinutes = null) =>
        new(Rule("price_above", 100m, clear: 95m, forCount: forCount, renotifyMinutes: renotifyMinutes, symbols: ["BTCUSDT"]));

    [Fact]
    public void Evaluate_ForThree_PendingTwiceThenFiresOnTheThirdEvaluation()
    {
        var sut = CreateSut(forCount: 3);

        var first = sut.Price(T0, 101m);
        var second = sut.Price(T0.AddMinutes(1), 101m);
        var third = sut.Price(T0.AddMinutes(2), 101m);

        Assert.Empty(first.Decisions);
        Assert.Empty(second.Decisions);
        var fired = Assert.Single(third.Decisions);
        Assert.Equal(AlertTransitionKind.Firing, fired.Kind);
        Assert.Equal(T0.AddMinutes(2), fired.FiredAt);
        Assert.Equal(T0, fired.State.PendingSince);
        Assert.Equal(3, fired.State.ConsecutiveBreaches);
    }

    [Fact]
    public void Evaluate_ForThree_StreamedBreachesAlone_NeverFire_ThreeBreachingPollsDo()
    {
        var sut = CreateSut(forCount: 3);
        var decided = new List<AlertTransition>();
        void Pushes(DateTimeOffset from, decimal price) =>
            decided.AddRange(Enumerable.Range(1, 10).SelectMany(i => sut.Streamed(from.AddSeconds(i), price).Decisions));

        Pushes(T0, 101m);
        decided.AddRange(sut.Price(T0.AddSeconds(30), 101m).Decisions);
        Pushes(T0.AddSeconds(30), 101m);
        // A push back under the clear level between polls is not a poll either: the count the polls built stays.
        Pushes(T0.AddSeconds(45), 90m);
        decided.AddRange(sut.Price(T0.AddSeconds(60), 101m).Decisions);
        var beforeThirdPoll = decided.Count;
        var third = sut.Price(T0.AddSeconds(90), 101m);

        Assert.Equal(0, beforeThirdPoll);
        var fired = Assert.Single(third.Decisions);
        Assert.Equal((AlertTransitionKind.Firing, T0.AddSeconds(30)), (fired.Kind, fired.State.PendingSince));
    }

    [Fact]
    public void Evaluate_PendingAndCleared_ReturnsToOkWithoutNotifying()
    {
        var sut = CreateSut(forCount: 3);
        sut.Price(T0, 101m);
        sut.Price(T0.AddMinutes(1), 101m);

        var cleared = sut.Price(T0.AddMinutes(2), 90m);
        var again = sut.Price(T0.AddMinutes(3), 101m);

        Assert.Empty(cleared.Decisions);
        Assert.Empty(again.Decisions);
        Assert.Equal(AlertStatus.Pending, sut.Engine.GetState("r1", "BTCUSDT")!.Status);
        Assert.Equal(1, sut.Engine.GetState("r1", "BTCUSDT")!.ConsecutiveBreaches);
    }

    [Fact]
    public void Evaluate_StillFiring_RemindsEveryRenotifyInterval()
    {
        var sut = CreateSut(renotifyMinutes: 10);

        var kinds = Enumerable.Range(0, 21)
            .Select(minute => (minute, result: sut.Price(T0.AddMinutes(minute), 101m)))
            .Where(tick => tick.result.Decisions.Count > 0)
            .Select(tick => (tick.minute, tick.result.Decisions[0].Kind, tick.result.Decisions[0].Sequence))
            .ToList();

        Assert.Equal([(0, AlertTransitionKind.Firing, 1), (10, AlertTransitionKind.Reminder, 2), (20, AlertTransitionKind.Reminder, 3)], kinds);
    }

    [Fact]
    public void Evaluate_WithoutRenotify_NotifiesFiringOnceOnly()
    {
        var sut = CreateSut();

        var decisions = Enumerable.Range(0, 30).SelectMany(minute => sut.Price(T0.AddMinutes(minute), 101m).Decisions).ToList();

        Assert.Equal(AlertTransitionKind.Firing, Assert.Single(decisions).Kind);
    }

    [Fact]
    public void Acknowledge_SilencesRemindersUntilResolvedThenTheNextEpisodeNotifiesAgain()
    {
        var sut = CreateSut(renotifyMinutes: 5);
        sut.Price(T0, 101m);
        var acknowledged = sut.Engine.GetState("r1", "BTCUSDT")!.Acknowledge("trader@example.com", T0.AddMinutes(1));
        sut.Engine.Import([acknowledged!]);

        var whileAcknowledged = Enumerable.Range(2, 20).SelectMany(m => sut.Price(T0.AddMinutes(m), 101m).Decisions).ToList();
        var resolved = sut.Price(T0.AddMinutes(30), 90m);
        var refired = sut.Price(T0.AddMinutes(31), 101m);

        Assert.Empty(whileAcknowledged);
        Assert.Equal(AlertTransitionKind.Resolved, Assert.Single(resolved.Decisions).Kind);
        Assert.Null(resolved.ChangedStates.Single().AcknowledgedAt);
        Assert.Equal(AlertTransitionKind.Firing, Assert.Single(refired.Decisions).Kind);
    }

    [Fact]
    public void Acknowledge_NotFiring_IsRefused()
    {
        var state = new AlertState("r1", "BTCUSDT", AlertStatus.Resolved, 0, null, T0, T0, 1, null, null, T0, 90m, T0, 3);

        Assert.Null(state.Acknowledge("someone", T0));
    }

    [Fact]
    public void Evaluate_SilencedBySymbol_NotifiesFirstWhenTheSilenceExpires()
    {
        var sut = CreateSut();
        sut.Silences.Add(new Silence("s1", null, "BTCUSDT", T0.AddMinutes(5), "ops", "maintenance"));

        var silenced = Enumerable.Range(0, 5).SelectMany(m => sut.Price(T0.AddMinutes(m), 101m).Decisions).ToList();
        var afterExpiry = sut.Price(T0.AddMinutes(5), 101m);

        Assert.Empty(silenced);
        var fired = Assert.Single(afterExpiry.Decisions);
        Assert.Equal(AlertTransitionKind.Firing, fired.Kind);
        Assert.Equal(T0, fired.FiredAt);
    }

    [Fact]
    public void Evaluate_SilencedByRuleThroughoutTheEpisode_SendsNeitherFiringNorResolved()
    {
        var sut = CreateSut();
        sut.Silences.Add(new Silence("s1", "r1", null, T0.AddHours(1), null, null));

        var decisions = sut.Price(T0, 101m).Decisions.Concat(sut.Price(T0.AddMinutes(1), 90m).Decisions).ToList();

        Assert.Empty(decisions);
        Assert.Equal(AlertStatus.Resolved, sut.Engine.GetState("r1", "BTCUSDT")!.Status);
    }

    [Fact]
    public void Evaluate_SilenceForAnotherRule_DoesNotMute()
    {
        var sut = CreateSut();
        sut.Silences.Add(new Silence("s1", "other-rule", null, T0.AddHours(1), null, null));

        Assert.Single(sut.Price(T0, 101m).Decisions);
    }

    [Fact]
    public void Evaluate_Resolved_IsSentExactlyOnce()
    {
        var sut = CreateSut();
        sut.Price(T0, 101m);

        var decisions = Enumerable.Range(1, 10).SelectMany(m => sut.Price(T0.AddMinutes(m), 90m).Decisions).ToList();

        var resolved = Assert.Single(decisions);
        Assert.Equal(AlertTransitionKind.Resolved, resolved.Kind);
        Assert.Equal(T0, resolved.FiredAt);
        Assert.Equal(90m, resolved.Value);
    }

    [Fact]
    public void Evaluate_SteadyFiring_ChangesNoState()
    {
        var sut = CreateSut();
        sut.Price(T0, 101m);

        var steady = sut.Price(T0.AddMinutes(1), 102m);

        Assert.Empty(steady.Decisions);
        Assert.Empty(steady.ChangedStates);
    }

    [Fact]
    public void Evaluate_PositionClosedWhileFiring_ResolvesWithoutAValue()
    {
        var sut = new AlertHarness(Rule("position_leverage", 20m));
        sut.Tick(Snapshot(T0, [], [Position(leverage: 25m)]));

        var result = sut.Tick(Snapshot(T0.AddMinutes(1), [], []));

        var resolved = Assert.Single(result.Decisions);
        Assert.Equal(AlertTransitionKind.Resolved, resolved.Kind);
        Assert.Equal("BTCUSDT:long", resolved.SubjectKey);
        Assert.Null(resolved.Value);
    }

    [Fact]
    public void Evaluate_AfterRestartFromPersistedStates_ContinuesTheEpisode()
    {
        var first = CreateSut(renotifyMinutes: 10);
        var fired = first.Price(T0, 101m);
        var persisted = fired.ChangedStates;

        var restarted = new AlertHarness(persisted, Rule("price_above", 100m, clear: 95m, renotifyMinutes: 10, symbols: ["BTCUSDT"]));
        var beforeInterval = restarted.Price(T0.AddMinutes(9), 101m);
        var reminder = restarted.Price(T0.AddMinutes(10), 101m);

        Assert.Empty(beforeInterval.Decisions);
        var remind = Assert.Single(reminder.Decisions);
        Assert.Equal(AlertTransitionKind.Reminder, remind.Kind);
        Assert.Equal(T0, remind.FiredAt);
        Assert.Equal(2, remind.Sequence);
        Assert.Equal(persisted.Single().Version + 1, remind.State.Version);
    }

    [Fact]
    public void Evaluate_ExchangeReadFailed_LeavesMarketAlertsAsTheyAre()
    {
        var sut = CreateSut();
        sut.Price(T0, 101m);

        var result = sut.TickWithoutSnapshot(T0.AddMinutes(1), Healthy(T0).Failed(TickFailureKind.Unreachable, T0.AddMinutes(1)));

        Assert.Empty(result.Decisions);
        Assert.Equal(AlertStatus.Firing, sut.Engine.GetState("r1", "BTCUSDT")!.Status);
    }
}
