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
/// restart the keeper learns that again from the intent journal. On UTA it remembers, per position side, the block it
/// last reported (a full stop of the user's holding the side's one full TP/SL slot), so the report is not repeated
/// while that stop and the wanted trigger stay as reported; a restart repeats it at most once.
/// </summary>
internal sealed class ProtectiveStopMemory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, PositionStop> _virtual = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hidden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _failedAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _movedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StopUpkeep> _blocked = new(StringComparer.Ordinal);

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

    /// <summary>The block of <paramref name="upkeep"/> on this position side was reported.</summary>
    public void Blocked(string subjectKey, StopUpkeep upkeep)
    {
        ArgumentNullException.ThrowIfNull(upkeep);
        lock (_lock)
        {
            _blocked[subjectKey] = upkeep;
        }
    }

    /// <summary>
    /// Whether the block was reported as it stands: the same stop of the user's at the same trigger, and the wanted
    /// trigger not moved from the reported one by as much as the rule would move a stop of Sentinel's.
    /// </summary>
    public bool Reported(string subjectKey, StopUpkeep upkeep)
    {
        ArgumentNullException.ThrowIfNull(upkeep);
        lock (_lock)
        {
            return _blocked.TryGetValue(subjectKey, out var reported)
                && reported.SlotTakenBy is { } was && upkeep.SlotTakenBy is { } now
                && (was.OrderId, was.TriggerPrice) == (now.OrderId, now.TriggerPrice)
                && !ProtectiveStopPlanner.WorthMoving(upkeep.Rule, upkeep.Position, reported.Trigger!.Value, upkeep.Trigger!.Value);
        }
    }

    /// <summary>Forgets the blocks of the position sides not blocked this tick: the slot freed, or the side closed.</summary>
    public void KeepBlocksOf(IReadOnlyCollection<string> subjectKeys)
    {
        ArgumentNullException.ThrowIfNull(subjectKeys);
        lock (_lock)
        {
            foreach (var freed in _blocked.Keys.Where(k => !subjectKeys.Contains(k)).ToList())
            {
                _blocked.Remove(freed);
            }
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
