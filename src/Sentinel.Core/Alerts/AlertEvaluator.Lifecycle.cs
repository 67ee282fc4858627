using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Alerts;

internal static partial class AlertEvaluator
{
    private readonly record struct Subject(int SymbolId, PositionSide? Side, int PositionIndex, ExchangePosition? Position = null);

    private ref struct EvaluationContext(
        AlertStateTable states,
        MarketView market,
        TickStatus health,
        IReadOnlyList<Silence> silences,
        DateTimeOffset now,
        List<AlertTransition> decisions,
        int generation,
        bool streamed)
    {
        public readonly AlertStateTable States = states;
        public readonly MarketView Market = market;
        public readonly TickStatus Health = health;
        public readonly IReadOnlyList<Silence> Silences = silences;
        public readonly DateTimeOffset Now = now;
        public readonly long NowTicks = now.UtcTicks;
        public readonly List<AlertTransition> Decisions = decisions;
        public readonly int Generation = generation;
        public readonly bool Streamed = streamed;
    }

    /// <summary>The ok → pending → firing → resolved machine of one pair, after Prometheus Alertmanager.</summary>
    private static class Lifecycle
    {
        public static void Advance(CompiledRule rule, long key, ref AlertStateEntry entry, bool breach, bool cleared, decimal? value, Subject subject, ref EvaluationContext context)
        {
            if (context.Streamed && rule.ForCount > 1 && entry.Status != AlertStatus.Firing)
            {
                // `for` counts polls: a streamed update neither starts, advances nor resets the count.
                return;
            }

            switch (entry.Status)
            {
                case AlertStatus.Pending when cleared:
                    entry.Status = AlertStatus.Ok;
                    entry.Consecutive = 0;
                    entry.PendingSince = 0;
                    context.States.MarkChanged(key, ref entry, context.NowTicks);
                    break;
                case AlertStatus.Pending:
                    entry.Consecutive++;
                    Remember(ref entry, value);
                    if (entry.Consecutive >= rule.ForCount)
                    {
                        Fire(rule, key, ref entry, value, subject, ref context);
                    }
                    else
                    {
                        context.States.MarkChanged(key, ref entry, context.NowTicks);
                    }

                    break;
                case AlertStatus.Firing when cleared:
                    Resolve(rule, key, ref entry, value, subject, ref context);
                    break;
                case AlertStatus.Firing:
                    Remind(rule, key, ref entry, value, subject, ref context);
                    break;
                default:
                    Start(rule, key, ref entry, breach, value, subject, ref context);
                    break;
            }
        }

        /// <summary>An event; <paramref name="since"/> identifies it (for a crossing the sample before it, kept as <c>PendingSince</c>), 0 for none.</summary>
        public static void Event(CompiledRule rule, long key, decimal value, long since, Subject subject, ref EvaluationContext context)
        {
            ref var entry = ref context.States.GetOrAdd(key);
            entry.SeenGeneration = context.Generation;
            entry.PendingSince = since;
            entry.FiredAt = context.NowTicks;
            entry.Sequence = 1;
            Remember(ref entry, value);
            var silenced = IsSilenced(rule, subject, ref context);
            entry.LastNotified = silenced ? 0 : context.NowTicks;
            context.States.MarkChanged(key, ref entry, context.NowTicks);
            if (!silenced)
            {
                Emit(rule, AlertTransitionKind.Event, key, ref entry, value, subject, ref context);
            }
        }

        private static void Start(CompiledRule rule, long key, ref AlertStateEntry entry, bool breach, decimal? value, Subject subject, ref EvaluationContext context)
        {
            if (!breach)
            {
                return;
            }

            entry.Consecutive = 1;
            entry.PendingSince = context.NowTicks;
            Remember(ref entry, value);
            if (rule.ForCount <= 1)
            {
                Fire(rule, key, ref entry, value, subject, ref context);
                return;
            }

            entry.Status = AlertStatus.Pending;
            context.States.MarkChanged(key, ref entry, context.NowTicks);
        }

        private static void Fire(CompiledRule rule, long key, ref AlertStateEntry entry, decimal? value, Subject subject, ref EvaluationContext context)
        {
            entry.Status = AlertStatus.Firing;
            entry.FiredAt = context.NowTicks;
            entry.AcknowledgedAt = 0;
            entry.AcknowledgedBy = null;
            entry.Sequence = 0;
            entry.LastNotified = 0;
            Remember(ref entry, value);
            if (IsSilenced(rule, subject, ref context))
            {
                context.States.MarkChanged(key, ref entry, context.NowTicks);
                return;
            }

            Notify(rule, AlertTransitionKind.Firing, key, ref entry, value, subject, ref context);
        }

        private static void Remind(CompiledRule rule, long key, ref AlertStateEntry entry, decimal? value, Subject subject, ref EvaluationContext context)
        {
            if (entry.AcknowledgedAt != 0)
            {
                return;
            }

            var due = entry.LastNotified == 0
                || (rule.Renotify > TimeSpan.Zero && context.NowTicks - entry.LastNotified >= rule.Renotify.Ticks);
            if (!due || IsSilenced(rule, subject, ref context))
            {
                return;
            }

            Remember(ref entry, value);
            Notify(rule, entry.LastNotified == 0 ? AlertTransitionKind.Firing : AlertTransitionKind.Reminder, key, ref entry, value, subject, ref context);
        }

        private static void Resolve(CompiledRule rule, long key, ref AlertStateEntry entry, decimal? value, Subject subject, ref EvaluationContext context)
        {
            var wasNotified = entry.LastNotified != 0;
            entry.Status = AlertStatus.Resolved;
            entry.ResolvedAt = context.NowTicks;
            entry.Consecutive = 0;
            entry.PendingSince = 0;
            entry.AcknowledgedAt = 0;
            entry.AcknowledgedBy = null;
            Remember(ref entry, value);
            context.States.MarkChanged(key, ref entry, context.NowTicks);
            if (wasNotified && !IsSilenced(rule, subject, ref context))
            {
                Emit(rule, AlertTransitionKind.Resolved, key, ref entry, value, subject, ref context);
            }
        }

        private static void Notify(CompiledRule rule, AlertTransitionKind kind, long key, ref AlertStateEntry entry, decimal? value, Subject subject, ref EvaluationContext context)
        {
            entry.LastNotified = context.NowTicks;
            entry.Sequence++;
            context.States.MarkChanged(key, ref entry, context.NowTicks);
            Emit(rule, kind, key, ref entry, value, subject, ref context);
        }

        private static void Remember(ref AlertStateEntry entry, decimal? value)
        {
            entry.HasValue = value.HasValue;
            entry.LastValue = value ?? 0m;
        }
    }
}
