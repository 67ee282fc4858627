using Bitget.Client.Trading;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

internal sealed partial class ProtectiveStopKeeper
{
    /// <summary>
    /// The listing with each stop of Sentinel's that shows a clientOid not made for its position and trigger under the
    /// clientOid of the step that last set it, as the journal tells. v3's modify keeps a stop's first clientOid: the
    /// watchdog's stop that a risk rule's or a manual stop_loss moved tighter still reads as the watchdog's, which the
    /// planner would re-arm (with <c>loosen</c>, back where the watchdog wants it). Under the stop_loss step's clientOid
    /// it is that step's stop, which the watchdog never loosens, as on v2, where that step's stop replaced the watchdog's.
    /// From the journal, a restart or another instance learns it too; once learnt it is remembered.
    /// </summary>
    private async Task<IReadOnlyList<PositionStop>> WithLastSettersAsync(IReadOnlyList<PositionStop> listed, IReadOnlyList<ExchangePosition> positions, CancellationToken cancellationToken)
    {
        var setters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stop in listed)
        {
            if (ProtectiveStopClientOid.SideOf(stop.ClientOid) is { } side
                && positions.FirstOrDefault(p => p.Size > 0m && p.Side == side && string.Equals(p.Symbol, stop.Symbol, StringComparison.OrdinalIgnoreCase)) is { } position
                && !ProtectiveStopClientOid.IsFor(stop.ClientOid, position, stop.TriggerPrice)
                && await journal.FindLastStopStepAsync(stop.Symbol, stop.OrderId, cancellationToken).ConfigureAwait(false) is { } setter
                && setter.ClientOid != stop.ClientOid)
            {
                memory.MovedBy(stop.OrderId, setter.ClientOid);
                setters[stop.OrderId] = setter.ClientOid;
            }
        }

        return setters.Count == 0 ? listed : [.. listed.Select(s => setters.TryGetValue(s.OrderId, out var setter) ? s with { ClientOid = setter } : s)];
    }
}
