using System.Diagnostics;
using System.Diagnostics.Metrics;
using Functions.Tests.Hosting.Support;
using Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Sentinel.Functions.Platform.Telemetry;

namespace Functions.Tests.Platform.Telemetry;

public sealed class TelemetryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TimerInvocation_RecordsInvocationMetricsAndATraceOnTheSentinelSources(bool pastDue)
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
        await using var app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions
        {
            Scope = AppScope.HostingOnly,
            ExtraFunctions = [typeof(TelemetryFunctions)],
            Services = s => s.AddSingleton<IMeterFactory>(meters),
        });

        await app.InvokeTimerAsync("TelemetryTick", pastDue);

        var invocation = Assert.Single(meters.Measurements, m => m.Instrument == "sentinel.function.invocations");
        Assert.Contains(new KeyValuePair<string, object?>("outcome", "succeeded"), invocation.Tags);
        Assert.Contains(new KeyValuePair<string, object?>("function", "TelemetryTick"), invocation.Tags);
        Assert.Single(meters.Measurements, m => m.Instrument == "sentinel.function.duration");
        Assert.Equal(pastDue ? 1 : 0, meters.Measurements.Count(m => m.Instrument == "sentinel.timer.past_due"));
        Assert.Equal(pastDue, app.Logs.Lines.Any(l => l.Message == "Timer function TelemetryTick is past due"));
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
    [InlineData(TelemetryServiceCollectionExtensions.OtlpEndpointSetting, "http://127.0.0.1:4317")]
    [InlineData(TelemetryServiceCollectionExtensions.AzureMonitorSetting, "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/")]
    public void ExporterSetting_TracesTheSentinelSource(string setting, string value)
    {
        using var provider = Services((setting, value));
        using var source = new ActivitySource(SentinelTelemetry.Name);

        var tracer = provider.GetService<TracerProvider>();

        Assert.NotNull(tracer);
        Assert.True(source.HasListeners());
    }

    [Fact]
    public void NoExporterSetting_RegistersNoTelemetryPipeline()
    {
        using var provider = Services();

        Assert.Null(provider.GetService<TracerProvider>());
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddSentinelTelemetry(configuration).BuildServiceProvider();
    }

    internal sealed class TelemetryFunctions
    {
        [Function("TelemetryTick")]
        public Task RunAsync([TimerTrigger("%MONITOR_SCHEDULE%")] TimerInfo timer) => Task.CompletedTask;
    }
}
