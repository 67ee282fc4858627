using System.Text.Json;
using System.Text.RegularExpressions;
using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;

namespace Sentinel.Functions.Actions;

/// <summary>
/// The body of <c>POST /api/actions/{close|reduce|stop-loss|cancel-orders}</c>, checked field by field: a typo or a
/// wrong type is an error, never a silent default. With <c>previewId</c> only <c>confirm</c> and <c>reason</c> may
/// come along: what to do was fixed by the preview.
/// </summary>
public sealed partial record ActionInput(
    RiskActionKind Kind,
    string? Symbol,
    PositionSide Side,
    decimal? Amount,
    decimal? Fraction,
    decimal? TriggerPrice,
    decimal? DistancePercent,
    bool Confirm,
    string? PreviewId,
    ManualOverrides Overrides,
    string? Reason)
{
    private static readonly string[] Common = ["symbol", "side", "confirm", "previewId", "overrideKillSwitch", "overrideLimits", "reason"];

    public RiskStep Step => Kind switch
    {
        RiskActionKind.Reduce => new(Kind, Fraction ?? 0m, 0m, Amount),
        RiskActionKind.Close => new(Kind, 1m, 0m),
        RiskActionKind.StopLoss => new(Kind, 0m, DistancePercent ?? 0m),
        _ => new(Kind, 0m, 0m),
    };

    public static (ActionInput? Input, IReadOnlyList<FieldError> Errors) Parse(RiskActionKind kind, JsonElement body)
    {
        var errors = new List<FieldError>();
        var allowed = kind switch
        {
            RiskActionKind.Reduce => [.. Common, "amount", "fraction"],
            RiskActionKind.StopLoss => [.. Common, "triggerPrice", "distancePercent"],
            _ => Common,
        };
        foreach (var property in body.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
        {
            errors.Add(new(property.Name, "is not a field of this action."));
        }

        var read = new FieldReader(body, errors);
        var previewId = read.String("previewId", 64);
        var confirm = read.Bool("confirm") ?? false;
        var reason = read.String("reason", 500);
        var overrides = new ManualOverrides(read.Bool("overrideKillSwitch") ?? false, read.Bool("overrideLimits") ?? false);
        if (previewId is not null)
        {
            foreach (var property in body.EnumerateObject().Where(p => p.Name is not ("previewId" or "confirm" or "reason")))
            {
                errors.Add(new(property.Name, "comes from the preview: with previewId send only confirm (and reason)."));
            }

            if (!confirm)
            {
                errors.Add(new("confirm", "must be true to execute a preview."));
            }

            return errors.Count > 0 ? (null, errors) : (new ActionInput(kind, null, PositionSide.Long, null, null, null, null, true, previewId, ManualOverrides.None, reason), errors);
        }

        var symbol = read.String("symbol", 40);
        if (symbol is null && !errors.Any(e => e.Field == "symbol"))
        {
            errors.Add(new("symbol", "is required, e.g. BTCUSDT."));
        }
        else if (symbol is not null && !SymbolPattern().IsMatch(symbol))
        {
            errors.Add(new("symbol", "must be letters and digits, e.g. BTCUSDT."));
        }

        var side = read.String("side", 10) switch
        {
            "long" => PositionSide.Long,
            "short" => PositionSide.Short,
            null when !errors.Any(e => e.Field == "side") => Error<PositionSide?>(errors, "side", "is required: long or short."),
            null => null,
            _ => Error<PositionSide?>(errors, "side", "must be long or short."),
        };
        var (amount, fraction) = kind == RiskActionKind.Reduce ? Either(read, errors, "amount", "fraction", max: 1m) : (null, null);
        var (trigger, distance) = kind == RiskActionKind.StopLoss ? Either(read, errors, "triggerPrice", "distancePercent", max: 99m) : (null, null);
        return errors.Count > 0 || side is null
            ? (null, errors)
            : (new ActionInput(kind, symbol!.ToUpperInvariant(), side.Value, amount, fraction, trigger, distance, confirm, null, overrides, reason), errors);
    }

    /// <summary>Exactly one of two positive numbers; the second at most <paramref name="max"/>.</summary>
    private static (decimal? First, decimal? Second) Either(FieldReader read, List<FieldError> errors, string first, string second, decimal max)
    {
        var a = read.Positive(first, null);
        var b = read.Positive(second, max);
        if (a is null && b is null && !errors.Any(e => e.Field == first || e.Field == second))
        {
            errors.Add(new(first, $"give {first} or {second}."));
        }
        else if (a is not null && b is not null)
        {
            errors.Add(new(first, $"give {first} or {second}, not both."));
        }

        return (a, b);
    }

    private static T? Error<T>(List<FieldError> errors, string field, string message)
    {
        errors.Add(new(field, message));
        return default;
    }

    [GeneratedRegex("^[A-Za-z0-9]{2,40}$")]
    private static partial Regex SymbolPattern();
}
