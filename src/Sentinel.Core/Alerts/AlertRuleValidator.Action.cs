namespace Sentinel.Core.Alerts;

public static partial class AlertRuleValidator
{
    /// <summary>Action types, by their JSON names.</summary>
    public static readonly IReadOnlyList<string> ActionTypes = ["reduce", "close", "stop_loss", "cancel_orders"];

    private const int MaxStages = 5;

    /// <summary>
    /// Rule types an action may be attached to: conditions about positions, the account, or a price level. Health,
    /// funding, percent-move and position events never trade: acting on stale data or on a position merely opening
    /// would be exactly the foolish order the guard exists to prevent.
    /// </summary>
    public static bool CanAct(this AlertRuleType type) => type is AlertRuleType.LiquidationDistance or AlertRuleType.UnrealizedPnl
        or AlertRuleType.UnrealizedPnlPercent or AlertRuleType.MarginRatio or AlertRuleType.DrawdownFromDayStart
        or AlertRuleType.DrawdownFromPeak or AlertRuleType.PositionNotional or AlertRuleType.PositionLeverage
        or AlertRuleType.PriceAbove or AlertRuleType.PriceBelow or AlertRuleType.PriceCrossing;

    private static void ValidateAction(AlertRuleDocument rule, AlertRuleType type, string prefix, List<FieldError> errors)
    {
        if (rule.Action is not { } action)
        {
            return;
        }

        var at = prefix + "action";
        if (!type.CanAct())
        {
            errors.Add(new(at, $"does not apply to {type.ToName()}; actions apply to {string.Join(", ", AlertRuleTypeNames.All.Where(n => AlertRuleTypeNames.TryParse(n, out var t) && t.CanAct()))}."));
            return;
        }

        ValidateSides(action.Sides, at, errors);
        if (action.Stages is null)
        {
            if (action.StageMinutes is not null)
            {
                errors.Add(new(at + ".stageMinutes", "applies only with stages."));
            }

            if (action.Type is null)
            {
                errors.Add(new(at, "needs either type or stages."));
                return;
            }

            ValidateStep(action.Type, action.Percent, action.StopDistancePercent, at, errors);
            return;
        }

        ValidateStages(action, type, at, errors);
    }

    private static void ValidateStages(RuleActionDocument action, AlertRuleType type, string at, List<FieldError> errors)
    {
        if (action.Type is not null || action.Percent is not null || action.StopDistancePercent is not null)
        {
            errors.Add(new(at, "give either type (with its parameter) or stages, not both."));
        }

        if (type.IsEvent())
        {
            errors.Add(new(at + ".stages", $"cannot be staged: {type.ToName()} is a one-off event, so no breach persists."));
        }

        if (action.Stages!.Count is 0 or > MaxStages)
        {
            errors.Add(new(at + ".stages", $"must list 1 to {MaxStages} steps."));
        }

        if (action.StageMinutes is { } minutes && (minutes < 1 || minutes > 1440))
        {
            errors.Add(new(at + ".stageMinutes", "must be between 1 and 1440 minutes."));
        }

        for (var i = 0; i < action.Stages.Count; i++)
        {
            var step = action.Stages[i];
            var stepAt = $"{at}.stages[{i}]";
            if (step?.Type is null)
            {
                errors.Add(new(stepAt + ".type", $"is required: one of {string.Join(", ", ActionTypes)}."));
                continue;
            }

            ValidateStep(step.Type, step.Percent, step.StopDistancePercent, stepAt, errors);
            if (step.Type == "close" && i < action.Stages.Count - 1)
            {
                errors.Add(new(stepAt + ".type", "close must be the last stage: nothing is left to act on after it."));
            }
        }
    }

    private static void ValidateStep(string type, decimal? percent, decimal? stopDistance, string at, List<FieldError> errors)
    {
        if (!ActionTypes.Contains(type, StringComparer.Ordinal))
        {
            errors.Add(new(at + ".type", $"'{type}' is not an action; known: {string.Join(", ", ActionTypes)}."));
            return;
        }

        if (type == "reduce")
        {
            if (percent is not { } p || p <= 0 || p >= 100)
            {
                errors.Add(new(at + ".percent", "is required for reduce: more than 0 and less than 100 (use close for all of it)."));
            }
        }
        else if (percent is not null)
        {
            errors.Add(new(at + ".percent", $"does not apply to {type}."));
        }

        if (type == "stop_loss")
        {
            if (stopDistance is not { } d || d <= 0 || d >= 50)
            {
                errors.Add(new(at + ".stopDistancePercent", "is required for stop_loss: more than 0 and less than 50."));
            }
        }
        else if (stopDistance is not null)
        {
            errors.Add(new(at + ".stopDistancePercent", $"does not apply to {type}."));
        }
    }

    private static void ValidateSides(IReadOnlyList<string>? sides, string at, List<FieldError> errors)
    {
        if (sides is null)
        {
            return;
        }

        if (sides.Count == 0)
        {
            errors.Add(new(at + ".sides", "must list long and/or short, or be left out to mean both."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var side in sides)
        {
            if (side is not ("long" or "short"))
            {
                errors.Add(new(at + ".sides", $"'{side}' is not a side; known: long, short."));
            }
            else if (!seen.Add(side))
            {
                errors.Add(new(at + ".sides", $"lists '{side}' twice."));
            }
        }
    }
}
