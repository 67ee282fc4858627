using System.Diagnostics;
using System.Text;
using Functions.Tests.Hosting.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Observability;

namespace Functions.Tests.Hosting;

public sealed class TelemetryTests
{
    [Fact]
    public async Task TimerInvocation_RecordsInvocationMetricsAndATraceOnTheSentinelSources()
    {
        using var meters = new TestMeterFactory();
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SentinelTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (activities)
                {
                    activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = await TestApp.StartAsync(
            HostingMode.CustomHandler,
            a => a.MapTimerFunction("TelemetryTick", "%MONITOR_SCHEDULE%", (_, _) => Task.CompletedTask),
            configure: b => b.Services.AddSingleton<System.Diagnostics.Metrics.IMeterFactory>(meters));
        using var content = new StringContent(Samples.Read("timer-invocation.json"), Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/TelemetryTick", content);

        response.EnsureSuccessStatusCode();
        var invocation = Assert.Single(meters.Measurements, m => m.Instrument == "sentinel.function.invocations");
        Assert.Contains(new KeyValuePair<string, object?>("outcome", "succeeded"), invocation.Tags);
        Assert.Contains(new KeyValuePair<string, object?>("function", "TelemetryTick"), invocation.Tags);
        Assert.Single(meters.Measurements, m => m.Instrument == "sentinel.function.duration");
        var activity = Assert.Single(activities, a => a.OperationName == "TelemetryTick");
        Assert.Equal("timer", activity.GetTagItem("faas.trigger"));
    }

    [Fact]
    public void SentinelTelemetry_OffersTheInstrumentsFeaturesRecordTo()
    {
        using var meters = new TestMeterFactory();
        using var telemetry = new SentinelTelemetry(meters);

        telemetry.ExchangeCalls.Add(1);
        telemetry.ExchangeCallDuration.Record(0.2);
        telemetry.TickDuration.Record(1.5);
        telemetry.RulesEvaluated.Add(3);
        telemetry.Alerts.Add(1);
        telemetry.Orders.Add(1);

        Assert.Equal("Sentinel", telemetry.Meter.Name);
        Assert.Equal("Sentinel", telemetry.ActivitySource.Name);
        Assert.Equal(
            ["sentinel.alerts", "sentinel.exchange.call.duration", "sentinel.exchange.calls", "sentinel.orders", "sentinel.rules.evaluated", "sentinel.tick.duration"],
            meters.Measurements.Select(m => m.Instrument).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("http://127.0.0.1:4317", true)]
    public async Task OtlpExport_StartsOnlyWhenTheEndpointIsSet_AndStopsCleanly(string? endpoint, bool exporting)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryExportService.EndpointSetting] = endpoint })
            .Build();
        using var service = new TelemetryExportService(configuration, NullLogger<TelemetryExportService>.Instance);

        await service.StartAsync(CancellationToken.None);
        var started = service.IsExporting;
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(exporting, started);
        Assert.False(service.IsExporting);
    }

    [Fact]
    public void OtlpHttpProtobuf_AppendsTheSignalPath()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TelemetryExportService.EndpointSetting] = "http://collector:4318/",
            [OtlpEndpoint.ProtocolSetting] = "http/protobuf",
        }).Build();
        var options = new OpenTelemetry.Exporter.OtlpExporterOptions();

        OtlpEndpoint.Configure(options, configuration, "v1/metrics");

        Assert.Equal(new Uri("http://collector:4318/v1/metrics"), options.Endpoint);
        Assert.Equal(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, options.Protocol);
    }
}
