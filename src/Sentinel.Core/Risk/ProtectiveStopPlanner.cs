using System.Globalization;
using Bitget.Client.Trading;

namespace Sentinel.Core.Risk;

/// <summary>
/// Decides, for one tick, what the protective-stop rules need changed on the exchange. Pure: positions, the pending
/// stops the exchange lists and the contract specs in, changes out. Per covered position side, the tightest stop any
/// rule wants is kept (one stop per side, so two rules never fight over it):
/// <list type="bullet">
/// <item>no stop of Sentinel's → place one, unless a whole-position stop of the user's is already at least as tight;</item>
/// <item>Sentinel's stop was placed for another size → re-arm at the same or a tighter trigger;</item>
/// <item>the wanted trigger is tighter by at least <see cref="ProtectiveStopRule.MinMovePercent"/> of the mark → move it;
/// looser → move it only if the rule says <c>loosen</c>, otherwise never;</item>
/// <item>a stop of Sentinel's whose position side is gone → cancel the orphan; extra ones on a side → cancel them.</item>
/// </list>
/// Triggers are rounded to the price tick away from the mark (down for a long, up for a short), so rounding never
/// moves a stop onto the wrong side of the mark. Places come before cancels. With <c>oneFullStopPerSide</c> (UTA, v3,
/// which holds one full TP/SL per symbol and side and moves Sentinel's in place), a place that a full stop of the user's
/// would block is marked <see cref="StopUpkeep.SlotTakenBy"/>, and a re-arm that finds Sentinel's full stop already at
/// the trigger is marked <see cref="StopUpkeep.AlreadyInPlace"/>: neither is for sending.
/// </summary>
public static class ProtectiveStopPlanner
{
    public static IReadOnlyList<StopUpkeep> Plan(
        IReadOnlyList<ProtectiveStopRule> rules,
        IReadOnlyList<ExchangePosition> positions,
        IReadOnlyList<PositionStop> stops,
        IReadOnlyDictionary<string, ContractSpec> specs,
        bool oneFullStopPerSide = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(specs);
        var places = new List<StopUpkeep>();
        var cancels = new List<StopUpkeep>();
        if (rules.Count == 0)
        {
            return places;
        }

        var open = positions.Where(p => p.Size > 0m).ToList();
        foreach (var position in open)
        {
            var ours = Ours(stops, position.Symbol, position.Side);
            if (Want(rules, position, specs) is not { } want)
            {
                continue;
            }

            // Bitget keeps one whole-position stop per side: placing ours looser than another one (the user's, or a risk
            // rule's stop_loss) would replace that tighter stop with a looser one.
            if (Keep(want.Rule, position, want.Trigger, ours) is { } upkeep && TighterInPlace(stops, position, upkeep.Trigger!.Value, ignoreOurs: true) is null)
            {
                places.Add(oneFullStopPerSide ? OnTheOneSlot(upkeep, stops) : upkeep);
            }
            else if (ours.Count > 1)
            {
                cancels.AddRange(ours.Skip(1).Select(s => Cancel(want.Rule, position, s, "superseded by a tighter stop of Sentinel's on the same side")));
            }
        }

        foreach (var stop in stops)
        {
            if (ProtectiveStopClientOid.SideOf(stop.ClientOid) is { } side
                && !open.Any(p => p.Side == side && string.Equals(p.Symbol, stop.Symbol, StringComparison.OrdinalIgnoreCase)))
            {
                cancels.Add(Cancel(rules[0], Gone(stop.Symbol, side), stop, "orphan: its position side is closed"));
            }
        }

        return [.. places, .. cancels];
    }

    /// <summary>The tightest rounded trigger the covering rules want, and the rule that wants it; null when none can tell.</summary>
    private static (ProtectiveStopRule Rule, decimal Trigger)? Want(IReadOnlyList<ProtectiveStopRule> rules, ExchangePosition position, IReadOnlyDictionary<string, ContractSpec> specs)
    {
        if (!specs.TryGetValue(position.Symbol, out var spec))
        {
            return null;
        }

        (ProtectiveStopRule Rule, decimal Trigger)? best = null;
        foreach (var rule in rules.Where(r => r.Covers(position)))
        {
            if (rule.Trigger(position) is not { } raw || Round(position.Side, raw, spec.PriceTick) is not { } trigger)
            {
                continue;
            }

            var onLosingSide = position.Side == PositionSide.Long ? trigger < position.MarkPrice : trigger > position.MarkPrice;
            if (onLosingSide && trigger > 0m && (best is null || RiskMetrics.IsTighter(position.Side, trigger, best.Value.Trigger)))
            {
                best = (rule, trigger);
            }
        }

        return best;
    }

    private static StopUpkeep? Keep(ProtectiveStopRule rule, ExchangePosition position, decimal want, List<PositionStop> ours)
    {
        if (ours.Count == 0)
        {
            return Place(rule, position, want, ours, "no stop on the position: placed");
        }

        var current = ours[0];
        if (!ProtectiveStopClientOid.IsFor(current.ClientOid, position, current.TriggerPrice))
        {
            var keepCurrent = !rule.Loosen && RiskMetrics.IsTighter(position.Side, current.TriggerPrice, want);
            if (keepCurrent && !IsOnLosingSide(position, current.TriggerPrice))
            {
                // The mark is already through the current stop, so it cannot be placed again; the wanted one is looser,
                // and a re-arm never loosens: the stop stays (the exchange fires it).
                return null;
            }

            return Place(rule, position, keepCurrent ? current.TriggerPrice : want, ours, Text($"re-armed: the position is now {position.Size}, the stop at {current.TriggerPrice} was placed for another size or an earlier position"));
        }

        if (!WorthMoving(rule, position, current.TriggerPrice, want))
        {
            return null;
        }

        return RiskMetrics.IsTighter(position.Side, want, current.TriggerPrice)
            ? Place(rule, position, want, ours, Text($"tightened from {current.TriggerPrice}"))
            : Place(rule, position, want, ours, Text($"loosened from {current.TriggerPrice} (the rule allows it)"));
    }

    /// <summary>
    /// Whether the rule moves a stop from <paramref name="from"/> to <paramref name="to"/>: by at least
    /// <see cref="ProtectiveStopRule.MinMovePercent"/> of the mark, and tighter, or looser when the rule says <c>loosen</c>.
    /// </summary>
    public static bool WorthMoving(ProtectiveStopRule rule, ExchangePosition position, decimal from, decimal to)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(position);
        var farEnough = Math.Abs(to - from) >= position.MarkPrice * rule.MinMovePercent / 100m && to != from;
        return farEnough && (RiskMetrics.IsTighter(position.Side, to, from) || (rule.Loosen && RiskMetrics.IsTighter(position.Side, from, to)));
    }

    /// <summary>
    /// A place on UTA, where the side has one full TP/SL slot: Sentinel's stop there is moved in place (a re-arm at the
    /// trigger it already has changes nothing, the full stop covers any size), and with none of Sentinel's a full stop
    /// of the user's holds the slot, so a place would be refused (25594).
    /// </summary>
    private static StopUpkeep OnTheOneSlot(StopUpkeep upkeep, IReadOnlyList<PositionStop> stops)
    {
        var trigger = upkeep.Trigger!.Value;
        if (upkeep.Supersedes.Count > 0)
        {
            var current = upkeep.Supersedes[0];
            return current.WholePosition && current.TriggerPrice == trigger
                ? upkeep with { AlreadyInPlace = true, Reason = $"kept: the stop {current.OrderId} at {FullStopSlot.Price(trigger)} already covers the whole position, now {FullStopSlot.Price(upkeep.Position.Size)}; nothing sent" }
                : upkeep;
        }

        return FullStopSlot.Occupant(stops, upkeep.Position) is { } occupant
            ? upkeep with { SlotTakenBy = occupant, Reason = FullStopSlot.Blocked(occupant, upkeep.Position, trigger) }
            : upkeep;
    }

    /// <summary>
    /// A whole-position stop on the position's side at least as tight as <paramref name="trigger"/>, which a new
    /// whole-position stop at <paramref name="trigger"/> would replace; null when there is none. With
    /// <paramref name="ignoreOurs"/>, the protective stops of Sentinel's (which the planner moves itself) do not count.
    /// </summary>
    public static PositionStop? TighterInPlace(IReadOnlyList<PositionStop> stops, ExchangePosition position, decimal trigger, bool ignoreOurs)
    {
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(position);
        // One-way mode holds one net position per symbol, so every whole-position stop of the symbol is on it, whatever
        // side the listing spells (v2 reports a one-way plan's side, unconfirmed by a live capture); but one listed for
        // the other side on the winning side of the mark was left from before the net position flipped and protects nothing.
        // Sentinel only places full stops: one of its own counts as whole-position even when a v3 row lists it with the
        // size it was placed for, below a position that grew since.
        return stops.FirstOrDefault(s => (s.WholePosition || MitigationClientOid.IsSentinels(s.ClientOid)) && (position.Mode == PositionMode.OneWay || s.Side == position.Side) && string.Equals(s.Symbol, position.Symbol, StringComparison.OrdinalIgnoreCase)
            && !(ignoreOurs && ProtectiveStopClientOid.SideOf(s.ClientOid) is not null) && (s.Side == position.Side || IsOnLosingSide(position, s.TriggerPrice))
            && !RiskMetrics.IsTighter(position.Side, trigger, s.TriggerPrice));
    }

    /// <summary>Sentinel's stops on one position side, tightest first.</summary>
    private static List<PositionStop> Ours(IReadOnlyList<PositionStop> stops, string symbol, PositionSide side)
    {
        var ours = stops.Where(s => ProtectiveStopClientOid.SideOf(s.ClientOid) == side && string.Equals(s.Symbol, symbol, StringComparison.OrdinalIgnoreCase)).ToList();
        ours.Sort((a, b) => a.TriggerPrice.CompareTo(b.TriggerPrice) * (side == PositionSide.Long ? -1 : 1));
        return ours;
    }

    private static decimal? Round(PositionSide side, decimal price, decimal tick)
    {
        if (tick <= 0m)
        {
            return price;
        }

        var steps = price / tick;
        return (side == PositionSide.Long ? decimal.Floor(steps) : decimal.Ceiling(steps)) * tick;
    }

    private static bool IsOnLosingSide(ExchangePosition position, decimal trigger) =>
        position.Side == PositionSide.Long ? trigger < position.MarkPrice : trigger > position.MarkPrice;

    private static StopUpkeep Place(ProtectiveStopRule rule, ExchangePosition position, decimal trigger, IReadOnlyList<PositionStop> ours, string reason) =>
        new(RiskActionKind.ProtectiveStop, rule, position, trigger, ProtectiveStopClientOid.Create(position, trigger), null, ours, reason);

    private static StopUpkeep Cancel(ProtectiveStopRule rule, ExchangePosition position, PositionStop stop, string reason) =>
        new(RiskActionKind.CancelStop, rule, position, null, ProtectiveStopClientOid.Cancel(stop.OrderId), stop, [], Text($"{reason} (stop {stop.OrderId} at {stop.TriggerPrice})"));

    /// <summary>The side of a closed position, for the audit of its orphan's cancel.</summary>
    private static ExchangePosition Gone(string symbol, PositionSide side) =>
        new(symbol, string.Empty, side, PositionMode.OneWay, MarginMode.Crossed, 0m, 0m, 0m, 0m, null, 0m, 0m, 0m, null, null, default);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
