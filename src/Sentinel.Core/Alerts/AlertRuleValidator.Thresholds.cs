namespace Sentinel.Core.Alerts;

public static partial class AlertRuleValidator
{
    private static void ValidateThresholds(AlertRuleDocument rule, AlertRuleType type, string prefix, List<FieldError> errors)
    {
        var direction = ValidateDirection(rule, type, prefix, errors);
        if (!type.HasThreshold())
        {
            ValidateHealthOrEventThreshold(rule, type, prefix, errors);
            return;
        }

        if (rule.Threshold is not { } threshold)
        {
            errors.Add(new(prefix + "threshold", $"is required for {type.ToName()}."));
            return;
        }

        if (RequiresPositiveThreshold(type) && threshold <= 0)
        {
            errors.Add(new(prefix + "threshold", "must be greater than 0."));
        }

        if (type is AlertRuleType.DrawdownFromDayStart or AlertRuleType.DrawdownFromPeak && threshold > 100)
        {
            errors.Add(new(prefix + "threshold", "is a percentage and must be at most 100."));
        }

        ValidateClear(rule, type, threshold, direction, prefix, errors);
    }

    private static void ValidateClear(AlertRuleDocument rule, AlertRuleType type, decimal threshold, AlertDirection direction, string prefix, List<FieldError> errors)
    {
        if (rule.Clear is not { } clear)
        {
            return;
        }

        if (type.IsEvent())
        {
            errors.Add(new(prefix + "clear", $"does not apply to {type.ToName()}, which is a one-off event."));
            return;
        }

        var above = CompiledRule.BreachesAbove(type, direction);
        if (above && clear > threshold)
        {
            errors.Add(new(prefix + "clear", $"must be at or below the threshold ({threshold}) because {type.ToName()} breaches upwards."));
        }
        else if (!above && clear < threshold)
        {
            errors.Add(new(prefix + "clear", $"must be at or above the threshold ({threshold}) because {type.ToName()} breaches downwards."));
        }
    }

    private static void ValidateHealthOrEventThreshold(AlertRuleDocument rule, AlertRuleType type, string prefix, List<FieldError> errors)
    {
        if (rule.Clear is not null)
        {
            errors.Add(new(prefix + "clear", $"does not apply to {type.ToName()}."));
        }

        var countsFailures = type is AlertRuleType.ExchangeUnreachable or AlertRuleType.AuthFailing;
        if (rule.Threshold is { } threshold && (!countsFailures || threshold < 1 || threshold != decimal.Truncate(threshold)))
        {
            errors.Add(new(prefix + "threshold", countsFailures
                ? "counts consecutive failed ticks and must be a whole number of at least 1."
                : $"does not apply to {type.ToName()}."));
        }
    }

    private static AlertDirection ValidateDirection(AlertRuleDocument rule, AlertRuleType type, string prefix, List<FieldError> errors)
    {
        if (rule.Direction is null)
        {
            return AlertDirection.Default;
        }

        (string Names, AlertDirection[] Allowed) accepted = type switch
        {
            AlertRuleType.UnrealizedPnl or AlertRuleType.UnrealizedPnlPercent => ("above, below", [AlertDirection.Above, AlertDirection.Below]),
            AlertRuleType.PercentMove or AlertRuleType.PriceCrossing => ("up, down, any", [AlertDirection.Up, AlertDirection.Down, AlertDirection.Any]),
            _ => (string.Empty, []),
        };
        var parsed = ParseDirection(rule.Direction);
        if (accepted.Allowed.Length == 0)
        {
            errors.Add(new(prefix + "direction", $"does not apply to {type.ToName()}."));
            return AlertDirection.Default;
        }

        if (!accepted.Allowed.Contains(parsed))
        {
            errors.Add(new(prefix + "direction", $"must be one of {accepted.Names}."));
            return AlertDirection.Default;
        }

        return parsed;
    }

    internal static AlertDirection ParseDirection(string? value) => value switch
    {
        "above" => AlertDirection.Above,
        "below" => AlertDirection.Below,
        "up" => AlertDirection.Up,
        "down" => AlertDirection.Down,
        "any" => AlertDirection.Any,
        _ => AlertDirection.Default,
    };

    private static bool RequiresPositiveThreshold(AlertRuleType type) =>
        type is not (AlertRuleType.UnrealizedPnl or AlertRuleType.UnrealizedPnlPercent);

    private static void ValidateTiming(AlertRuleDocument rule, AlertRuleType type, string prefix, List<FieldError> errors)
    {
        if (type == AlertRuleType.PercentMove)
        {
            if (rule.WindowMinutes is not { } window)
            {
                errors.Add(new(prefix + "windowMinutes", "is required for percent_move."));
            }
            else if (window <= 0 || window > 1440)
            {
                errors.Add(new(prefix + "windowMinutes", "must be between 1 and 1440 minutes."));
            }
        }
        else if (rule.WindowMinutes is not null)
        {
            errors.Add(new(prefix + "windowMinutes", $"does not apply to {type.ToName()}."));
        }

        if (rule.For is { } count && (count < 1 || count > 1000 || (type.IsEvent() && count != 1)))
        {
            errors.Add(new(prefix + "for", type.IsEvent() ? "must be 1 for a one-off event." : "must be between 1 and 1000 evaluations."));
        }

        if (rule.RenotifyMinutes is { } renotify && (renotify < 0 || renotify > 10080 || (type.IsEvent() && renotify != 0)))
        {
            errors.Add(new(prefix + "renotifyMinutes", type.IsEvent() ? "does not apply to a one-off event." : "must be between 0 and 10080 minutes."));
        }
    }
}
