using NCrontab;
using Sentinel.LocalHost.App;

namespace Sentinel.LocalHost.Timers;

/// <summary>A timer trigger's schedule: a six-field NCRONTAB expression (with seconds), evaluated in UTC.</summary>
internal sealed class TimerSchedule
{
    private readonly CrontabSchedule _schedule;

    private TimerSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    public string Expression { get; }

    /// <summary>Parses the binding's schedule after resolving a %SETTING% reference from the app settings.</summary>
    public static TimerSchedule Parse(string functionName, string schedule, AppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var expression = settings.Resolve(schedule, $"Timer function '{functionName}': schedule").Trim();
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != 6)
        {
            throw new LocalHostConfigurationException(
                $"Timer function '{functionName}': schedule '{expression}' has {fields} fields; the Functions host wants six (second minute hour day month weekday).");
        }

        var parsed = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new LocalHostConfigurationException($"Timer function '{functionName}': schedule '{expression}' is not a valid NCRONTAB expression.");
        return new TimerSchedule(expression, parsed);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/> (UTC).</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        new(DateTime.SpecifyKind(_schedule.GetNextOccurrence(after.UtcDateTime), DateTimeKind.Utc));
}
