using System.Globalization;
using Bitget.Client.Trading;

namespace Sentinel.Core.Risk;

/// <summary>
/// UTA (v3) allows one full (whole-position) TP/SL per symbol and position side and refuses another with 25594, so a
/// full stop that is not Sentinel's takes the slot a protective stop of Sentinel's needs. Classic (v2) has no such
/// slot: its whole-position stop replaces the side's one.
/// </summary>
public static class FullStopSlot
{
    /// <summary>The full stop not of Sentinel's (no watchdog, risk-rule or manual clientOid) that holds the slot of the position's side; null when there is none.</summary>
    public static PositionStop? Occupant(IReadOnlyList<PositionStop> stops, ExchangePosition position)
    {
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(position);
        // One-way mode holds one net position per symbol, so a full stop of the symbol is on it whatever side the listing spells.
        return stops.FirstOrDefault(s => s.WholePosition && !MitigationClientOid.IsSentinels(s.ClientOid)
            && (position.Mode == PositionMode.OneWay || s.Side == position.Side) && string.Equals(s.Symbol, position.Symbol, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// What the user is told when <paramref name="occupant"/> keeps Sentinel's stop at <paramref name="trigger"/> off
    /// the exchange: the same words from the planner and from the guard's fresh read, so the keeper can tell the one
    /// it reported from any other skip.
    /// </summary>
    public static string Blocked(PositionStop occupant, ExchangePosition position, decimal trigger)
    {
        ArgumentNullException.ThrowIfNull(occupant);
        ArgumentNullException.ThrowIfNull(position);
        var side = position.Side == PositionSide.Long ? "long" : "short";
        return $"blocked: your own full-position stop {occupant.OrderId} at {Price(occupant.TriggerPrice)} on {position.Symbol} {side} occupies the one full TP/SL slot Bitget allows per symbol and side, so Sentinel's protective stop at {Price(trigger)} cannot be placed; tighten yours to {Price(trigger)} or closer, or remove it";
    }

    /// <summary>A price as a trader writes it: 57000.0 after rounding to the tick reads 57000.</summary>
    internal static string Price(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
