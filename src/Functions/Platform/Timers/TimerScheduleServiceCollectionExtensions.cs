using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.Timers;

internal static class TimerScheduleServiceCollectionExtensions
{
    /// <summary>
    /// Checks at start that the app setting a timer function's <c>[TimerTrigger("%SETTING%")]</c> names is set to a
    /// six-field NCRONTAB expression, so a wrong schedule stops the app with a line naming the setting instead of
    /// the host failing to index the function.
    /// </summary>
    public static IServiceCollection AddTimerSchedule(this IServiceCollection services, string functionName, string setting, IConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TimerScheduleCheck>(setting)
            .Configure(check => check.Error = Check(functionName, setting, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TimerScheduleCheck>, TimerScheduleCheckValidator>());
        return services;
    }

    private static string? Check(string functionName, string setting, IConfiguration configuration)
    {
        try
        {
            TimerSchedule.Resolve(functionName, $"%{setting}%", configuration);
            return null;
        }
        catch (InvalidOperationException exception)
        {
            return exception.Message;
        }
    }
}
