using System.Globalization;

namespace Sentinel.Core.Risk;

/// <summary>
/// The live actions taken on one symbol in the last day, to enforce the cooldown and the per-hour and per-day caps.
/// Only the last 24 hours are kept, so the record stays as small as the daily cap.
/// </summary>
public sealed record ActionBudget(IReadOnlyList<DateTimeOffset> ActionTimes)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public static ActionBudget Empty { get; } = new([]);

    /// <summary>Why one more action now would break a cap; null when it may go ahead.</summary>
    public string? Refusal(DateTimeOffset now, BudgetLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var recent = ActionTimes.Where(t => now - t < Day).ToList();
        if (recent.Count > 0 && now - recent.Max() < limits.Cooldown)
        {
            return Text($"cooldown: the last action on this symbol was {(now - recent.Max()).TotalSeconds:0.0} s ago (SymbolCooldown {limits.Cooldown.TotalSeconds:0} s)");
        }

        if (recent.Count(t => now - t < TimeSpan.FromHours(1)) >= limits.PerHour)
        {
            return Text($"{limits.PerHour} actions on this symbol in the last hour (MaxActionsPerSymbolPerHour)");
        }

        return recent.Count >= limits.PerDay ? Text($"{limits.PerDay} actions on this symbol in the last 24 h (MaxActionsPerSymbolPerDay)") : null;
    }

    /// <summary>The budget with one more action at <paramref name="now"/>, older than a day dropped.</summary>
    public ActionBudget Record(DateTimeOffset now) => new([.. ActionTimes.Where(t => now - t < Day), now]);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
