using Microsoft.Extensions.DependencyInjection.Extensions;
using Sentinel.Functions.Platform.Health;
using Sentinel.Functions.Platform.Timers;

namespace Sentinel.Functions.Streaming;

internal static class StreamingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the streaming watch, its <see cref="StreamingOptions"/> (section <c>Streaming</c>, validated on start) and
    /// the <c>stream</c> health probe, and checks <c>STREAMING_SCHEDULE</c> at start. Needs <c>AddMonitoring</c> (its stores, lease and observers) and <c>AddExchange</c>.
    /// </summary>
    public static IServiceCollection AddStreaming(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StreamingOptions>()
            .Bind(configuration.GetSection(StreamingOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.BaseAddress.IsAbsoluteUri && (o.BaseAddress.Scheme == "wss" || (o.BaseAddress.Scheme == "ws" && o.BaseAddress.IsLoopback)), "Streaming__BaseAddress must be an absolute wss URL (ws only on loopback, for the simulator).")
            .ValidateOnStart();
        services.AddTimerSchedule(StreamingWatchFunction.Name, StreamingOptions.ScheduleSetting, configuration);
        services.TryAddSingleton<StreamState>();
        services.TryAddSingleton<StreamingWatch>();
        services.AddSingleton<IHealthProbe, StreamHealthProbe>();
        return services;
    }
}
