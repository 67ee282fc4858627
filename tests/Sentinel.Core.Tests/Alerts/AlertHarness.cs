using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Tests.Alerts;

/// <summary>Drives an <see cref="AlertEngine"/> tick by tick with explicit times, keeping history and previous positions as the tick will.</summary>
internal sealed class AlertHarness
{
    private IReadOnlyList<ExchangePosition>? _previousPositions;

    public AlertHarness(params AlertRuleDocument[] rules)
        : this(null, rules)
    {
    }

    public AlertHarness(IEnumerable<AlertState>? persisted, params AlertRuleDocument[] rules)
    {
        Rules = CompiledRuleSet.Compile(new AlertRuleSetDocument { Rules = rules });
        Engine = new AlertEngine(Rules, persisted);
    }

    public CompiledRuleSet Rules { get; }

    public AlertEngine Engine { get; }

    public PriceTape History { get; } = new(64);

    public List<Silence> Silences { get; } = [];

    public AccountWatermarks? Watermarks { get; set; }

    public AlertTickResult Tick(ExchangeSnapshot snapshot, TickStatus? health = null)
    {
        var result = Engine.Evaluate(new AlertTickInput(
            snapshot, _previousPositions, History, Watermarks, health ?? AlertTestData.Healthy(snapshot.ReadAt), Silences, snapshot.ReadAt));
        History.Record(snapshot);
        _previousPositions = snapshot.Positions;
        return result;
    }

    public AlertTickResult TickWithoutSnapshot(DateTimeOffset now, TickStatus health) =>
        Engine.Evaluate(new AlertTickInput(null, _previousPositions, History, Watermarks, health, Silences, now));

    public AlertTickResult Price(DateTimeOffset at, decimal last, string symbol = "BTCUSDT") =>
        Tick(AlertTestData.Snapshot(at, [AlertTestData.Ticker(symbol, last)]));

    /// <summary>A streamed update at <paramref name="last"/>: evaluated against the history the last poll stored, which it does not add to.</summary>
    public AlertTickResult Streamed(DateTimeOffset at, decimal last, string symbol = "BTCUSDT") =>
        Engine.Evaluate(new AlertTickInput(
            AlertTestData.Snapshot(at, [AlertTestData.Ticker(symbol, last)]), _previousPositions, History, Watermarks, AlertTestData.Healthy(at), Silences, at, Streamed: true));
}
