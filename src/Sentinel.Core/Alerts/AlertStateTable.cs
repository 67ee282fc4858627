using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sentinel.Core.Alerts;

/// <summary>
/// Every (rule, subject) state of one rule set, keyed by a packed long. Only pairs that ever breached have an
/// entry; the evaluator updates entries in place and remembers which changed, so the tick persists only those.
/// </summary>
internal sealed class AlertStateTable
{
    private readonly Dictionary<long, AlertStateEntry> _entries = [];
    private readonly HashSet<long> _active = [];
    private readonly List<long> _dirty = [];
    private readonly List<long> _sweep = [];

    public AlertStateTable(CompiledRuleSet rules) => Rules = rules;

    public CompiledRuleSet Rules { get; }

    public int Count => _entries.Count;

    internal int Generation { get; private set; }

    internal HashSet<long> Active => _active;

    internal List<long> SweepBuffer => _sweep;

    internal int NextGeneration() => ++Generation;

    internal ref AlertStateEntry Find(long key) => ref CollectionsMarshal.GetValueRefOrNullRef(_entries, key);

    internal ref AlertStateEntry GetOrAdd(long key) => ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, key, out _);

    internal void MarkChanged(long key, ref AlertStateEntry entry, long now)
    {
        if (!entry.Dirty)
        {
            entry.Dirty = true;
            _dirty.Add(key);
        }

        entry.ChangedAt = now;
        entry.Version++;
        if (entry.IsActive)
        {
            _active.Add(key);
        }
        else
        {
            _active.Remove(key);
        }
    }

    /// <summary>Loads persisted states; states of rules no longer in the set are ignored.</summary>
    public void Import(IEnumerable<AlertState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        foreach (var state in states)
        {
            var rule = Rules.Find(state.RuleId);
            if (rule is null || !AlertSubject.TryParse(state.SubjectKey, Rules.Symbols, out var symbolId, out var side))
            {
                continue;
            }

            var key = AlertSubject.Key(rule.Index, symbolId, side);
            ref var entry = ref GetOrAdd(key);
            entry = ToEntry(state);
            if (entry.IsActive)
            {
                _active.Add(key);
            }
            else
            {
                _active.Remove(key);
            }
        }
    }

    /// <summary>The states changed since the last call, as records to persist.</summary>
    public IReadOnlyList<AlertState> TakeChanges()
    {
        var changes = new List<AlertState>(_dirty.Count);
        foreach (var key in _dirty)
        {
            ref var entry = ref Find(key);
            entry.Dirty = false;
            changes.Add(Export(key, entry));
        }

        _dirty.Clear();
        return changes;
    }

    /// <summary>The current record of one pair, or null when it never breached.</summary>
    public AlertState? Get(string ruleId, string subjectKey)
    {
        var rule = Rules.Find(ruleId);
        if (rule is null || !AlertSubject.TryParse(subjectKey, Rules.Symbols, out var symbolId, out var side))
        {
            return null;
        }

        var key = AlertSubject.Key(rule.Index, symbolId, side);
        ref var entry = ref Find(key);
        return Unsafe.IsNullRef(ref entry) ? null : Export(key, entry);
    }

    internal AlertState Export(long key, in AlertStateEntry entry) => new(
        Rules[AlertSubject.RuleIndexOf(key)].Id,
        AlertSubject.Render(key, Rules.Symbols),
        entry.Status,
        entry.Consecutive,
        ToTime(entry.PendingSince),
        ToTime(entry.FiredAt),
        ToTime(entry.LastNotified),
        entry.Sequence,
        ToTime(entry.AcknowledgedAt),
        entry.AcknowledgedBy,
        ToTime(entry.ResolvedAt),
        entry.HasValue ? entry.LastValue : null,
        ToTime(entry.ChangedAt) ?? DateTimeOffset.MinValue,
        entry.Version);

    private static AlertStateEntry ToEntry(AlertState state) => new()
    {
        Status = state.Status,
        Consecutive = state.ConsecutiveBreaches,
        PendingSince = ToTicks(state.PendingSince),
        FiredAt = ToTicks(state.FiredAt),
        LastNotified = ToTicks(state.LastNotifiedAt),
        Sequence = state.NotificationSequence,
        AcknowledgedAt = ToTicks(state.AcknowledgedAt),
        AcknowledgedBy = state.AcknowledgedBy,
        ResolvedAt = ToTicks(state.ResolvedAt),
        LastValue = state.LastValue ?? 0m,
        HasValue = state.LastValue.HasValue,
        ChangedAt = state.ChangedAt.UtcTicks,
        Version = state.Version,
    };

    private static long ToTicks(DateTimeOffset? time) => time?.UtcTicks ?? 0;

    internal static DateTimeOffset? ToTime(long ticks) => ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
}
