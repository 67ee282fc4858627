namespace Sentinel.Core.Alerts;

internal static partial class AlertEvaluator
{
    private static bool IsSilenced(CompiledRule rule, Subject subject, ref EvaluationContext context)
    {
        var silences = context.Silences;
        if (silences.Count == 0)
        {
            return false;
        }

        var symbol = subject.SymbolId >= 0 ? context.Market.Symbols.NameOf(subject.SymbolId) : null;
        for (var i = 0; i < silences.Count; i++)
        {
            if (silences[i].Matches(rule.Id, symbol, context.Now))
            {
                return true;
            }
        }

        return false;
    }

    private static void Emit(CompiledRule rule, AlertTransitionKind kind, long key, ref AlertStateEntry entry, decimal? value, Subject subject, ref EvaluationContext context)
    {
        var market = context.Market;
        var position = subject.Position;
        if (position is null && subject.PositionIndex >= 0)
        {
            position = market.PositionAt(subject.PositionIndex);
        }

        var state = context.States.Export(key, entry);
        context.Decisions.Add(new AlertTransition(
            rule,
            kind,
            state.SubjectKey,
            subject.SymbolId >= 0 ? market.Symbols.NameOf(subject.SymbolId) : null,
            subject.Side,
            value,
            context.Now,
            state.FiredAt ?? context.Now,
            entry.Sequence,
            position,
            state));
    }
}
