using System.Text.RegularExpressions;

namespace Sentinel.Core.Alerts;

/// <summary>Checks rule documents and reports every problem as a field error (nothing stops at the first).</summary>
public static partial class AlertRuleValidator
{
    public static readonly IReadOnlySet<string> KnownChannels = new HashSet<string>(StringComparer.Ordinal) { "teams", "webhook" };

    private static readonly string[] Placeholders = ["rule", "symbol", "side", "value", "threshold", "clear", "severity", "status", "type"];

    public static IReadOnlyList<FieldError> Validate(AlertRuleSetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<FieldError>();
        if (document.Rules is null)
        {
            errors.Add(new("rules", "is required."));
            return errors;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Rules.Count; i++)
        {
            var rule = document.Rules[i];
            if (rule is null)
            {
                errors.Add(new($"rules[{i}]", "must be an object."));
                continue;
            }

            Validate(rule, $"rules[{i}].", errors);
            if (rule.Id is not null && !ids.Add(rule.Id))
            {
                errors.Add(new($"rules[{i}].id", $"duplicates the id '{rule.Id}'."));
            }
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(AlertRuleDocument rule)
    {
        var errors = new List<FieldError>();
        Validate(rule, string.Empty, errors);
        return errors;
    }

    private static void Validate(AlertRuleDocument rule, string prefix, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (string.IsNullOrWhiteSpace(rule.Id) || !IdPattern().IsMatch(rule.Id))
        {
            errors.Add(new(prefix + "id", "is required: 1-64 letters, digits, '-', '_' or '.'."));
        }

        if (rule.Severity is not null && !TryParseSeverity(rule.Severity, out _))
        {
            errors.Add(new(prefix + "severity", "must be one of info, warning, critical."));
        }

        ValidateChannels(rule, prefix, errors);
        ValidateMessage(rule, prefix, errors);
        if (!AlertRuleTypeNames.TryParse(rule.Type, out var type))
        {
            errors.Add(new(prefix + "type", rule.Type is null
                ? "is required."
                : $"'{rule.Type}' is not a known type; known: {string.Join(", ", AlertRuleTypeNames.All)}."));
            return;
        }

        ValidateScope(rule, type, prefix, errors);
        ValidateThresholds(rule, type, prefix, errors);
        ValidateTiming(rule, type, prefix, errors);
        ValidateAction(rule, type, prefix, errors);
        ValidateStop(rule, type, prefix, errors);
    }

    private static void ValidateChannels(AlertRuleDocument rule, string prefix, List<FieldError> errors)
    {
        if (rule.Channels is null || rule.Channels.Count == 0)
        {
            errors.Add(new(prefix + "channels", "needs at least one of teams, webhook."));
            return;
        }

        foreach (var channel in rule.Channels)
        {
            if (channel is null || !KnownChannels.Contains(channel))
            {
                errors.Add(new(prefix + "channels", $"'{channel}' is not a channel; known: teams, webhook."));
            }
        }
    }

    private static void ValidateMessage(AlertRuleDocument rule, string prefix, List<FieldError> errors)
    {
        if (rule.Message is null)
        {
            return;
        }

        if (rule.Message.Length > 1000)
        {
            errors.Add(new(prefix + "message", "must be at most 1000 characters."));
        }

        foreach (Match match in PlaceholderPattern().Matches(rule.Message))
        {
            if (!Placeholders.Contains(match.Groups[1].Value, StringComparer.Ordinal))
            {
                errors.Add(new(prefix + "message", $"'{{{match.Groups[1].Value}}}' is not a placeholder; known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}."));
            }
        }
    }

    private static void ValidateScope(AlertRuleDocument rule, AlertRuleType type, string prefix, List<FieldError> errors)
    {
        if (rule.Symbols is null)
        {
            return;
        }

        if (!type.IsSymbolScoped())
        {
            errors.Add(new(prefix + "symbols", $"does not apply to {type.ToName()}, which watches the account or Sentinel itself."));
            return;
        }

        if (rule.Symbols.Count == 0)
        {
            errors.Add(new(prefix + "symbols", "must list at least one symbol, or be left out to mean every open position."));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var symbol in rule.Symbols)
        {
            if (string.IsNullOrWhiteSpace(symbol) || !SymbolPattern().IsMatch(symbol))
            {
                errors.Add(new(prefix + "symbols", $"'{symbol}' is not a contract symbol such as BTCUSDT."));
            }
            else if (!seen.Add(symbol))
            {
                errors.Add(new(prefix + "symbols", $"lists '{symbol}' twice."));
            }
        }
    }

    internal static bool TryParseSeverity(string? value, out AlertSeverity severity)
    {
        severity = value switch
        {
            "info" => AlertSeverity.Info,
            "warning" or null => AlertSeverity.Warning,
            "critical" => AlertSeverity.Critical,
            _ => (AlertSeverity)(-1),
        };
        return Enum.IsDefined(severity);
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9_]{2,40}$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"\{([A-Za-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
