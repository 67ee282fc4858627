using Bitget.Client.Trading;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// What the protective-stop watchdog remembers between ticks, in memory (bounded by the open position sides): in
/// dry-run, the stops it would have placed and the ones it would have cancelled, overlaid on the exchange's listing so a
/// dry-run shows the watchdog's whole plan over time instead of the same "would place" on every tick; and, per position
/// side, when a place or cancel last failed, so a refusal is retried after <see cref="RiskState.RetryInterval"/> rather
/// than every tick. A restart forgets it: at worst one dry-run step or one retry is repeated, and the live stops
/// themselves are always read from the exchange. It also remembers which step last moved a stop in place (v3's
/// modify keeps the stop's old clientOid), so the planner sees the stop under the id of the step that set it; after a
/// restart the keeper learns that again from the intent journal.
/// </summary>
internal sealed class ProtectiveStopMemory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, PositionStop> _virtual = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hidden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _failedAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _movedBy = new(StringComparer.Ordinal);

    /// <summary>
    /// The listing as the planner should see it: a stop moved in place under the clientOid of the step that moved it;
    /// in dry-run also the stops it would have cancelled left out and the ones it would have placed added.
    /// </summary>
    public IReadOnlyList<PositionStop> Overlay(IReadOnlyList<PositionStop> listed, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(listed);
        lock (_lock)
        {
            foreach (var gone in _movedBy.Keys.Where(id => !listed.Any(s => s.OrderId == id)).ToList())
            {
                _movedBy.Remove(gone);
            }

            listed = [.. listed.Select(s => _movedBy.TryGetValue(s.OrderId, out var step) ? s with { ClientOid = step } : s)];
            if (!dryRun)
            {
                _virtual.Clear();
                _hidden.Clear();
                return listed;
            }

            _hidden.IntersectWith(listed.Select(s => s.OrderId));
            return [.. listed.Where(s => !_hidden.Contains(s.OrderId)), .. _virtual.Values];
        }
    }

    public void DryRunPlaced(StopUpkeep upkeep)
    {
        ArgumentNullException.ThrowIfNull(upkeep);
        lock (_lock)
        {
            foreach (var old in upkeep.Supersedes)
            {
                Remove(old);
            }

            var position = upkeep.Position;
            _virtual[upkeep.ClientOid] = new PositionStop("dry-run:" + upkeep.ClientOid, upkeep.ClientOid, position.Symbol, position.Side, upkeep.Trigger!.Value, WholePosition: true);
        }
    }

    /// <summary>The stop <paramref name="orderId"/> was moved in place by the step with <paramref name="clientOid"/>.</summary>
    public void MovedBy(string orderId, string clientOid)
    {
        lock (_lock)
        {
            _movedBy[orderId] = clientOid;
        }
    }

    public void DryRunCancelled(PositionStop stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        lock (_lock)
        {
            Remove(stop);
        }
    }

    /// <summary>Whether a step on this position side failed less than the retry interval ago.</summary>
    public bool Waiting(string subjectKey, DateTimeOffset now)
    {
        lock (_lock)
        {
            foreach (var expired in _failedAt.Where(f => now - f.Value >= RiskState.RetryInterval).Select(f => f.Key).ToList())
            {
                _failedAt.Remove(expired);
            }

            return _failedAt.ContainsKey(subjectKey);
        }
    }

    public void Failed(string subjectKey, DateTimeOffset now)
    {
        lock (_lock)
        {
            _failedAt[subjectKey] = now;
        }
    }

    private void Remove(PositionStop stop)
    {
        if (!_virtual.Remove(stop.ClientOid))
        {
            _hidden.Add(stop.OrderId);
        }
    }
}
