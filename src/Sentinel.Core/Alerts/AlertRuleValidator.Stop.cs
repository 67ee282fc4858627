namespace Sentinel.Core.Alerts;

public static partial class AlertRuleValidator
{
    /// <summary>
    /// A <c>protective_stop</c> has no condition: it needs <c>stop</c> (a distance from the mark and/or from liquidation)
    /// and takes no threshold, direction, window, <c>for</c>, reminder or action. Any other type takes no <c>stop</c>.
    /// </summary>
    private static void ValidateStop(AlertRuleDocument rule, AlertRuleType type, string prefix, List<FieldError> errors)
    {
        var at = prefix + "stop";
        if (type != AlertRuleType.ProtectiveStop)
        {
            if (rule.Stop is not null)
            {
                errors.Add(new(at, $"does not apply to {type.ToName()}; it belongs to protective_stop (use action for a rule that acts on a breach)."));
            }

            return;
        }

        if (rule.For is not null)
        {
            errors.Add(new(prefix + "for", "does not apply to protective_stop, which keeps its stop on every tick."));
        }

        if (rule.RenotifyMinutes is not null)
        {
            errors.Add(new(prefix + "renotifyMinutes", "does not apply to protective_stop, which notifies each change of its stop."));
        }

        if (rule.Stop is not { } stop)
        {
            errors.Add(new(at, "is required for protective_stop: give markPercent and/or liquidationFraction."));
            return;
        }

        if (stop.MarkPercent is null && stop.LiquidationFraction is null)
        {
            errors.Add(new(at, "needs markPercent and/or liquidationFraction (with both, the tighter stop is kept)."));
        }

        if (stop.MarkPercent is { } percent && (percent <= 0 || percent >= 50))
        {
            errors.Add(new(at + ".markPercent", "must be more than 0 and less than 50."));
        }

        if (stop.LiquidationFraction is { } fraction && (fraction <= 0 || fraction >= 1))
        {
            errors.Add(new(at + ".liquidationFraction", "must be more than 0 and less than 1 (0.5 triggers half way to liquidation)."));
        }

        if (stop.MinMovePercent is { } move && (move < 0 || move > 10))
        {
            errors.Add(new(at + ".minMovePercent", "must be between 0 and 10."));
        }

        ValidateSides(stop.Sides, at, errors);
    }
}
