using OpenTelemetry.Exporter;

namespace Sentinel.Functions.Observability;

/// <summary>
/// Points an OTLP exporter at <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> read from configuration (so local.settings.json
/// works too, not only the environment). An explicit endpoint disables the exporter's own signal path, so for
/// <c>http/protobuf</c> the path (<c>v1/metrics</c>, <c>v1/traces</c>, <c>v1/logs</c>) is appended here.
/// </summary>
public static class OtlpEndpoint
{
    public const string ProtocolSetting = "OTEL_EXPORTER_OTLP_PROTOCOL";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?[TelemetryExportService.EndpointSetting]);

    public static void Configure(OtlpExporterOptions options, IConfiguration configuration, string signalPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[TelemetryExportService.EndpointSetting]!.TrimEnd('/');
        if (string.Equals(configuration[ProtocolSetting], "http/protobuf", StringComparison.OrdinalIgnoreCase))
        {
            options.Protocol = OtlpExportProtocol.HttpProtobuf;
            options.Endpoint = new Uri(endpoint + "/" + signalPath);
        }
        else
        {
            options.Protocol = OtlpExportProtocol.Grpc;
            options.Endpoint = new Uri(endpoint);
        }
    }
}
