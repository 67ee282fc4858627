using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Sentinel.Functions.Platform.Secrets;

namespace Sentinel.Functions.Platform.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AzureMonitorAuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry through the Functions worker's integration: the "Sentinel" traces and metrics, the worker's
    /// invocation traces and the logs (with scopes), exported to Azure Monitor when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (with the managed identity when
    /// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> asks for AAD) and over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the other <c>OTEL_EXPORTER_OTLP_*</c> settings).
    /// Neither set: nothing is registered.
    /// </summary>
    public static IServiceCollection AddSentinelTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var azureMonitor = configuration[AzureMonitorSetting];
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
        if (string.IsNullOrWhiteSpace(azureMonitor) && !otlp)
        {
            return services;
        }

        services.Configure<OpenTelemetryLoggerOptions>(options => options.IncludeScopes = true);
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .ConfigureResource(resource => resource.AddService("sentinel-functions"))
            .WithTracing(tracing => tracing.AddSource(SentinelTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(SentinelTelemetry.Name));
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            var aad = configuration[AzureMonitorAuthenticationSetting]?.Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase) == true;
            void Configure(AzureMonitorExporterOptions options)
            {
                options.ConnectionString = azureMonitor;
                if (aad)
                {
                    options.Credential = AzureCredentials.Create(configuration);
                }
            }

            telemetry
                .WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(Configure))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(Configure))
                .WithLogging(logging => logging.AddAzureMonitorLogExporter(Configure));
        }

        return services;
    }
}
