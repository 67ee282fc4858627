using Bitget.Client.Trading;
using Sentinel.Core.Alerts;

namespace Sentinel.Core.Risk;

/// <summary>
/// A validated <c>protective_stop</c> rule: which position sides it covers and where their exchange-side stop belongs.
/// With both distances given, the tighter stop (closer to the mark) is the one kept.
/// </summary>
public sealed class ProtectiveStopRule
{
    /// <summary>Default least move worth moving an existing stop, in percent of the mark.</summary>
    public const decimal DefaultMinMovePercent = 0.5m;

    private readonly HashSet<string>? _symbols;
    private readonly bool _long;
    private readonly bool _short;

    internal ProtectiveStopRule(CompiledRule rule)
    {
        var stop = rule.Document.Stop ?? throw new ArgumentException("The rule has no stop.", nameof(rule));
        Id = rule.Id;
        Channels = rule.Channels;
        MarkPercent = stop.MarkPercent;
        LiquidationFraction = stop.LiquidationFraction;
        MinMovePercent = stop.MinMovePercent ?? DefaultMinMovePercent;
        Loosen = stop.Loosen ?? false;
        _long = stop.Sides is null || stop.Sides.Contains("long");
        _short = stop.Sides is null || stop.Sides.Contains("short");
        _symbols = rule.Document.Symbols is { } symbols ? new HashSet<string>(symbols, StringComparer.OrdinalIgnoreCase) : null;
    }

    public string Id { get; }

    public IReadOnlyList<string> Channels { get; }

    public decimal? MarkPercent { get; }

    public decimal? LiquidationFraction { get; }

    public decimal MinMovePercent { get; }

    public bool Loosen { get; }

    public static IReadOnlyList<ProtectiveStopRule> From(CompiledRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules.Rules.Where(r => r.Type == AlertRuleType.ProtectiveStop && r.Document.Stop is not null).Select(r => new ProtectiveStopRule(r))];
    }

    public bool Covers(ExchangePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return (position.Side == PositionSide.Long ? _long : _short) && (_symbols is null || _symbols.Contains(position.Symbol));
    }

    /// <summary>
    /// The trigger this rule wants for the position, before rounding: <see cref="MarkPercent"/> from the mark, and/or
    /// <see cref="LiquidationFraction"/> of the way from the mark to the liquidation price; the tighter of the two.
    /// Null when neither can be computed (only a liquidation distance is set and the exchange shows no liquidation price,
    /// or the liquidation price is not on the losing side of the mark).
    /// </summary>
    public decimal? Trigger(ExchangePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        decimal? byMark = MarkPercent is { } percent ? RiskMetrics.StopTrigger(position, percent) : null;
        decimal? byLiquidation = LiquidationFraction is { } fraction && position.LiquidationPrice is { } liquidation && liquidation > 0m
            && (position.Side == PositionSide.Long ? liquidation < position.MarkPrice : liquidation > position.MarkPrice)
                ? position.MarkPrice + ((liquidation - position.MarkPrice) * fraction)
                : null;
        return (byMark, byLiquidation) switch
        {
            ({ } m, { } l) => RiskMetrics.IsTighter(position.Side, m, l) ? m : l,
            ({ } m, null) => m,
            (null, var l) => l,
        };
    }
}
