using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Sentinel.Functions.Observability;

/// <summary>
/// Exports the "Sentinel" meter and traces (plus ASP.NET Core's) over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; other OTEL_EXPORTER_OTLP_* variables are read by the exporter.
/// Providers live as long as the app and are flushed and disposed on shutdown.
/// </summary>
public sealed class TelemetryExportService : IHostedService, IDisposable
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private readonly IConfiguration _configuration;
    private readonly ILogger<TelemetryExportService> _logger;
    private MeterProvider? _meterProvider;
    private TracerProvider? _tracerProvider;

    public TelemetryExportService(IConfiguration configuration, ILogger<TelemetryExportService> logger)
    {
        _configuration = configuration;
        _logger = logger;
    }

    public bool IsExporting => _meterProvider is not null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = _configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return Task.CompletedTask;
        }

        var resource = ResourceBuilder.CreateDefault().AddService(serviceName: "sentinel-functions");
        _meterProvider = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(SentinelTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddOtlpExporter(options => OtlpEndpoint.Configure(options, _configuration, "v1/metrics"))
            .Build();
        _tracerProvider = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(SentinelTelemetry.Name, "Microsoft.AspNetCore")
            .AddOtlpExporter(options => OtlpEndpoint.Configure(options, _configuration, "v1/traces"))
            .Build();
        _logger.LogInformation("Exporting metrics and traces over OTLP to {OtlpEndpoint}", endpoint);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _meterProvider?.ForceFlush(5000);
        _tracerProvider?.ForceFlush(5000);
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _meterProvider?.Dispose();
        _meterProvider = null;
        _tracerProvider?.Dispose();
        _tracerProvider = null;
    }
}
