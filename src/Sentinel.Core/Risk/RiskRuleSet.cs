using Sentinel.Core.Alerts;

namespace Sentinel.Core.Risk;

/// <summary>The enabled rules that carry an action, taken from the compiled alert rule set (one set of rules, one validation).</summary>
public sealed class RiskRuleSet
{
    private RiskRuleSet(IReadOnlyList<RiskRule> rules) => Rules = rules;

    /// <summary>No rules (mode off reads none).</summary>
    public static RiskRuleSet Empty { get; } = new([]);

    public IReadOnlyList<RiskRule> Rules { get; }

    public static RiskRuleSet From(CompiledRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new RiskRuleSet([.. rules.Rules.Where(r => r.Document.Action is not null).Select(r => new RiskRule(r))]);
    }
}
