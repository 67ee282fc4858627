namespace Sentinel.Functions.Platform.Timers;

/// <summary>The outcome of checking one schedule setting (named options, one per setting); null when it is valid.</summary>
internal sealed class TimerScheduleCheck
{
    public string? Error { get; set; }
}
