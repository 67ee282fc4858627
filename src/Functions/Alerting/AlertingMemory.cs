using Azure;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// What the alert observer read and wrote at its last tick: the compiled rules and the silences as of
/// <see cref="Version"/>, every alert state with the ETag of its stored row, and the engine holding those states.
/// Reused while the version is unchanged and the monitoring tick says nobody else ticked in between; otherwise
/// read again, so the engine (rules compiled, symbols interned, market view sized) is built once per version.
/// </summary>
internal sealed class AlertingMemory(ETag version, CompiledRuleSet rules, IReadOnlyList<Silence> silences, IEnumerable<StoredAlertState> states)
{
    private readonly Dictionary<(string RuleId, string SubjectKey), StoredAlertState> _states =
        states.ToDictionary(s => (s.State.RuleId, s.State.SubjectKey));

    public ETag Version { get; } = version;

    public CompiledRuleSet Rules { get; } = rules;

    public IReadOnlyList<Silence> Silences { get; } = silences;

    public AlertEngine Engine { get; } = new(rules, states.Select(s => s.State));

    /// <summary>The ETag the pair's row was stored with; <c>default</c> for a pair never stored.</summary>
    public ETag ETagOf(AlertState state) => _states.GetValueOrDefault((state.RuleId, state.SubjectKey))?.ETag ?? default;

    /// <summary>Follows a stored row; the engine takes it too, as it may be another writer's equal decision.</summary>
    public void Stored(AlertState state, ETag etag)
    {
        _states[(state.RuleId, state.SubjectKey)] = new StoredAlertState(state, etag);
        Engine.Import([state]);
    }
}
