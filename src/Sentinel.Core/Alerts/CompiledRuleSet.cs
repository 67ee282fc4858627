namespace Sentinel.Core.Alerts;

/// <summary>The enabled rules, compiled once per rule change and reused for every tick.</summary>
public sealed class CompiledRuleSet
{
    private readonly Dictionary<string, CompiledRule> _byId;

    private CompiledRuleSet(CompiledRule[] rules, SymbolTable symbols)
    {
        Rules = rules;
        Symbols = symbols;
        _byId = rules.ToDictionary(rule => rule.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<CompiledRule> Rules { get; }

    public SymbolTable Symbols { get; }

    internal CompiledRule this[int index] => ((CompiledRule[])Rules)[index];

    public CompiledRule? Find(string ruleId) => _byId.GetValueOrDefault(ruleId);

    /// <summary>Validates and compiles; disabled rules are dropped. Throws <see cref="AlertRuleValidationException"/> on any field error.</summary>
    public static CompiledRuleSet Compile(AlertRuleSetDocument document, SymbolTable? symbols = null)
    {
        var errors = AlertRuleValidator.Validate(document);
        if (errors.Count > 0)
        {
            throw new AlertRuleValidationException(errors);
        }

        symbols ??= new SymbolTable();
        var compiled = new List<CompiledRule>();
        foreach (var rule in document.Rules!)
        {
            if (rule.Enabled == false)
            {
                continue;
            }

            if (!AlertRuleTypeNames.TryParse(rule.Type, out var type))
            {
                throw new InvalidOperationException("A validated rule has an unknown type.");
            }

            var ids = rule.Symbols?.Select(symbol => symbols.Intern(symbol.ToUpperInvariant())).ToArray();
            compiled.Add(new CompiledRule(rule, type, compiled.Count, ids));
        }

        return new CompiledRuleSet([.. compiled], symbols);
    }
}
