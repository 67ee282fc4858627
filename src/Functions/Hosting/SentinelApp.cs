using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sentinel.Functions.Actions;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.Health;
using Sentinel.Functions.Platform.Invocation;
using Sentinel.Functions.Mitigation;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Monitoring.Health;
using Sentinel.Functions.Platform.Telemetry;
using Sentinel.Functions.Platform.Secrets;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Streaming;

namespace Sentinel.Functions.Hosting;

/// <summary>
/// Builds the isolated worker. <see cref="AddServices"/> is the one list of the app's registrations, used by the
/// worker and by the tests' in-process app alike; features register in it with their <c>AddX</c> extension.
/// </summary>
internal static class SentinelApp
{
    public static IHost Build(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<InvocationMiddleware>();
        // The Azure SDK logs every storage request at Information: a few per tick, drowning the app's own lines and
        // paid for in Application Insights. Its warnings and errors still come through.
        builder.Logging.AddFilter("Azure.Core", LogLevel.Warning);
        builder.Services.AddSentinelTelemetry(builder.Configuration);
        AddServices(builder.Services, builder.Configuration);
        return builder.Build();
    }

    public static IServiceCollection AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddHosting(services);
        services.AddTableState(configuration);
        services.AddSecrets(configuration);
        services.AddSingleton<IHealthProbe, StateHealthProbe>();
        services.AddSingleton<IHealthProbe, SecretsHealthProbe>();
        services.AddExchange(configuration);
        services.AddMonitoring(configuration);
        services.AddAlerting(configuration);
        services.AddRisk(configuration);
        services.AddActions(configuration);
        services.AddStreaming(configuration);
        return services;
    }

    /// <summary>The hosting layer alone: settings, clock, telemetry instruments, the invocation middleware, health, problem details.</summary>
    public static IServiceCollection AddHosting(IServiceCollection services)
    {
        services.AddOptions<HostingOptions>()
            .BindConfiguration(HostingOptions.SectionName)
            .Validate(o => o.HealthProbeTimeout > TimeSpan.Zero, "Hosting__HealthProbeTimeout must be positive, e.g. 00:00:05.")
            .Validate(o => o.ReadTimeout > o.HealthProbeTimeout, "Hosting__ReadTimeout must be longer than Hosting__HealthProbeTimeout, e.g. 00:00:10.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SentinelTelemetry>();
        services.TryAddSingleton<InvocationMiddleware>();
        services.TryAddSingleton<HealthReporter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.HttpContext.GetInvocationId() is { } id)
            {
                context.ProblemDetails.Extensions["invocationId"] = id;
            }
        });
        return services;
    }
}
