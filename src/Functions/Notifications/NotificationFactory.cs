using Microsoft.Extensions.Options;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Notifications;

/// <summary>Turns an evaluator decision into a formatted notification. Runs only on transitions, never per evaluation.</summary>
internal sealed class NotificationFactory(IOptions<NotificationOptions> options)
{
    private readonly NotificationOptions _options = options.Value;

    public AlertNotification Create(AlertTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var rule = transition.Rule;
        var position = transition.Position;
        var unit = AlertWording.Unit(rule.Type, position?.MarginCoin);
        var eventName = AlertWording.EventName(transition.Kind);
        var subject = transition.Symbol is null ? transition.SubjectKey : transition.SubjectKey.Replace(':', ' ');
        var hasThreshold = rule.Type.HasThreshold() || rule.Type is AlertRuleType.ExchangeUnreachable or AlertRuleType.AuthFailing;
        var hasClear = rule.Type.HasThreshold() && !rule.Type.IsEvent();
        var label = AlertWording.Label(rule) + (hasClear ? $" {AlertWording.Number(rule.Threshold)}{unit}" : string.Empty);
        var title = $"{eventName.ToUpperInvariant()}: {label} · {subject}";
        var text = rule.MessageTemplate is { } template
            ? Render(template, transition, unit, eventName)
            : DefaultText(transition, unit);
        return new AlertNotification(
            AlertNotification.CurrentSchemaVersion,
            IdempotencyKey.Create(rule.Id, transition.SubjectKey, transition.Kind, transition.FiredAt, transition.Sequence),
            eventName,
            rule.Id,
            rule.Type.ToName(),
            AlertWording.SeverityName(rule.Severity),
            transition.SubjectKey,
            transition.Symbol,
            transition.Side?.ToString().ToLowerInvariant(),
            transition.Value,
            hasThreshold ? rule.Threshold : null,
            hasClear ? rule.Clear : null,
            transition.FiredAt,
            transition.At,
            transition.Sequence,
            title,
            text,
            Facts(transition, unit),
            Links(transition),
            position is null ? null : new NotificationPosition(
                position.Symbol, position.Side.ToString().ToLowerInvariant(), position.Size, position.EntryPrice, position.MarkPrice,
                position.LiquidationPrice, position.UnrealizedPnl, position.Margin, position.Leverage, position.MarginCoin));
    }

    private static string DefaultText(AlertTransition transition, string unit)
    {
        var value = transition.Value is { } v
            ? AlertWording.Number(v) + unit
            : transition.Kind == AlertTransitionKind.Resolved ? "no longer observed" : "unknown";
        return transition.Kind switch
        {
            AlertTransitionKind.Resolved => $"Resolved at {value}; it had fired at {transition.FiredAt:u}.",
            AlertTransitionKind.Reminder => $"Still firing since {transition.FiredAt:u}: value {value}.",
            AlertTransitionKind.Event => $"{AlertWording.Label(transition.Rule)}: {transition.SubjectKey} ({value}).",
            _ => $"Value {value}.",
        };
    }

    private static string Render(string template, AlertTransition transition, string unit, string eventName) => template
        .Replace("{rule}", transition.Rule.Id, StringComparison.Ordinal)
        .Replace("{type}", transition.Rule.Type.ToName(), StringComparison.Ordinal)
        .Replace("{symbol}", transition.Symbol ?? transition.SubjectKey, StringComparison.Ordinal)
        .Replace("{side}", transition.Side?.ToString().ToLowerInvariant() ?? string.Empty, StringComparison.Ordinal)
        .Replace("{value}", transition.Value is { } v ? AlertWording.Number(v) + unit : "n/a", StringComparison.Ordinal)
        .Replace("{threshold}", AlertWording.Number(transition.Rule.Threshold) + unit, StringComparison.Ordinal)
        .Replace("{clear}", AlertWording.Number(transition.Rule.Clear) + unit, StringComparison.Ordinal)
        .Replace("{severity}", AlertWording.SeverityName(transition.Rule.Severity), StringComparison.Ordinal)
        .Replace("{status}", eventName, StringComparison.Ordinal);

    private static List<NotificationFact> Facts(AlertTransition transition, string unit)
    {
        var rule = transition.Rule;
        var facts = new List<NotificationFact> { new("Rule", rule.Id), new("Severity", AlertWording.SeverityName(rule.Severity)) };
        if (transition.Value is { } value)
        {
            facts.Add(new("Value", AlertWording.Number(value) + unit));
        }

        if (rule.Type.HasThreshold())
        {
            facts.Add(new("Threshold", AlertWording.Number(rule.Threshold) + unit));
            if (!rule.Type.IsEvent())
            {
                facts.Add(new("Clears at", AlertWording.Number(rule.Clear) + unit));
            }
        }

        facts.Add(new("Fired at", transition.FiredAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
        if (transition.Position is { } p)
        {
            facts.Add(new("Position", $"{p.Side} {AlertWording.Number(p.Size)} {p.Symbol} @ {AlertWording.Number(p.EntryPrice)}"));
            facts.Add(new("Mark", AlertWording.Number(p.MarkPrice)));
            facts.Add(new("Liquidation", p.LiquidationPrice is { } liq ? AlertWording.Number(liq) : "none"));
            facts.Add(new("Unrealized PnL", $"{AlertWording.Number(p.UnrealizedPnl)} {p.MarginCoin}"));
            facts.Add(new("Margin / leverage", $"{AlertWording.Number(p.Margin)} {p.MarginCoin} / {AlertWording.Number(p.Leverage)}x"));
        }

        return facts;
    }

    private List<NotificationLink> Links(AlertTransition transition)
    {
        var links = new List<NotificationLink>();
        if (transition.Symbol is { } symbol)
        {
            links.Add(new($"Open {symbol} on Bitget", new Uri(_options.ExchangeTradeUrl, Uri.EscapeDataString(symbol))));
        }

        if (_options.DashboardUrl is { } dashboard)
        {
            var path = $"api/alerts/{Uri.EscapeDataString(transition.Rule.Id)}/{Uri.EscapeDataString(transition.SubjectKey)}";
            links.Add(new("Open in Sentinel", new Uri(dashboard, path)));
        }

        return links;
    }
}
