using Azure;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// What the risk observer read and wrote at its last tick: the switches, the risk rules and the protective-stop rules as of <see cref="Version"/>
/// (the <see cref="Alerting.AlertingVersion"/>, bumped by rule and switch changes), and every risk state with the ETag
/// of its stored row. Reused while the version is unchanged and the monitoring tick says nobody else ticked in
/// between; otherwise read again.
/// </summary>
internal sealed class RiskMemory(ETag version, RiskControl control, RiskRuleSet rules, IReadOnlyList<ProtectiveStopRule> stopRules, IEnumerable<StoredRiskState> states)
{
    public ETag Version { get; } = version;

    public RiskControl Control { get; } = control;

    public RiskRuleSet Rules { get; } = rules;

    public IReadOnlyList<ProtectiveStopRule> StopRules { get; } = stopRules;

    /// <summary>The stored states by (rule, subject); the observer keeps it as it writes and deletes.</summary>
    public Dictionary<(string RuleId, string SubjectKey), StoredRiskState> States { get; } = states.ToDictionary(s => (s.State.RuleId, s.State.SubjectKey));
}
