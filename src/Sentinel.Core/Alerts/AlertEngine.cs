namespace Sentinel.Core.Alerts;

/// <summary>
/// The tick's entry point: holds one compiled rule set with its states and market view, and turns an
/// <see cref="AlertTickInput"/> into decisions plus changed states. Not thread-safe: one tick at a time
/// (the scheduler guarantees it). The alert observer keeps one engine per rules version and builds a new one
/// when the version changes.
/// </summary>
public sealed class AlertEngine
{
    private readonly MarketView _market;
    private readonly AlertStateTable _states;

    public AlertEngine(CompiledRuleSet rules, IEnumerable<AlertState>? persisted = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _market = new MarketView(rules.Symbols);
        _states = new AlertStateTable(rules);
        if (persisted is not null)
        {
            _states.Import(persisted);
        }
    }

    public CompiledRuleSet Rules { get; }

    /// <summary>Replaces states changed elsewhere (an acknowledgement through the API, a reload after an ETag conflict).</summary>
    public void Import(IEnumerable<AlertState> states) => _states.Import(states);

    public AlertState? GetState(string ruleId, string subjectKey) => _states.Get(ruleId, subjectKey);

    public AlertTickResult Evaluate(AlertTickInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Snapshot is null)
        {
            _market.LoadNoSnapshot();
        }
        else
        {
            _market.Load(input.Snapshot, input.PreviousPositions, input.History, input.Watermarks);
        }

        var decisions = new List<AlertTransition>();
        AlertEvaluator.Evaluate(Rules, _states, _market, input.Health, input.Silences, input.Now, decisions, input.Streamed);
        return new AlertTickResult(decisions, _states.TakeChanges());
    }
}
