using NCrontab;

namespace Sentinel.Functions.Platform.Timers;

/// <summary>
/// A timer function's schedule as Azure reads it: six-field NCRONTAB (seconds first), or an app-setting
/// reference <c>%NAME%</c> resolved from configuration (<c>Foo__Bar</c> is read as <c>Foo:Bar</c>).
/// Occurrences are computed in UTC. The Functions host fires the timers; the app reads schedules to check them at
/// start and to know how late a tick is.
/// </summary>
internal sealed class TimerSchedule
{
    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };
    private static readonly DateTime NeverProbeStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime NeverProbeEnd = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly CrontabSchedule _schedule;

    private TimerSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    /// <summary>The resolved NCRONTAB expression.</summary>
    public string Expression { get; }

    /// <summary>Resolves and parses; throws <see cref="InvalidOperationException"/> naming the function and the problem.</summary>
    public static TimerSchedule Resolve(string functionName, string schedule, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = schedule.Trim();
        var source = $"Timer function '{functionName}' has schedule";
        if (expression.Length > 2 && expression[0] == '%' && expression[^1] == '%')
        {
            var setting = expression[1..^1];
            var value = configuration[setting.Replace("__", ":", StringComparison.Ordinal)];
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException(
                    $"Timer function '{functionName}' is scheduled by app setting '{setting}', which is not set.");
            }

            expression = value.Trim();
            source = $"App setting '{setting}' (the schedule of timer function '{functionName}') is";
        }

        var parsed = CrontabSchedule.TryParse(expression, SixFields)
            ?? throw new InvalidOperationException(
                $"{source} '{expression}', which is not a six-field NCRONTAB expression " +
                "({second} {minute} {hour} {day} {month} {day-of-week}, e.g. '*/30 * * * * *').");
        if (parsed.GetNextOccurrence(NeverProbeStart, NeverProbeEnd) == NeverProbeEnd)
        {
            throw new InvalidOperationException($"{source} '{expression}', which never fires (e.g. February 30).");
        }

        return new TimerSchedule(expression, parsed);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset GetNextOccurrence(DateTimeOffset after) =>
        new(DateTime.SpecifyKind(_schedule.GetNextOccurrence(after.UtcDateTime), DateTimeKind.Utc));
}
