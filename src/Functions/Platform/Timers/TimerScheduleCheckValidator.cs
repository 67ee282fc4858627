using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.Timers;

/// <summary>Fails start-up with the schedule's own message (it names the setting, the function and the problem).</summary>
internal sealed class TimerScheduleCheckValidator : IValidateOptions<TimerScheduleCheck>
{
    public ValidateOptionsResult Validate(string? name, TimerScheduleCheck options) =>
        options.Error is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(options.Error);
}
