using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Sentinel.Functions.Platform.Telemetry;

/// <summary>
/// The app's ActivitySource and Meter (both named "Sentinel") and the instruments features record to.
/// One instance per app, from DI; the Meter comes from <see cref="IMeterFactory"/> so tests can listen in isolation.
/// </summary>
public sealed class SentinelTelemetry : IDisposable
{
    public const string Name = "Sentinel";

    public SentinelTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(Name);
        ActivitySource = new ActivitySource(Name);
        FunctionInvocations = Meter.CreateCounter<long>("sentinel.function.invocations", "{invocation}", "Function invocations, by function and outcome.");
        FunctionDuration = Meter.CreateHistogram<double>("sentinel.function.duration", "s", "Duration of function invocations.");
        TimerPastDue = Meter.CreateCounter<long>("sentinel.timer.past_due", "{invocation}", "Timer invocations that started later than scheduled.");
        TimerSkipped = Meter.CreateCounter<long>("sentinel.timer.skipped", "{occurrence}", "Timer occurrences skipped because the previous run was still going.");
        ExchangeCalls = Meter.CreateCounter<long>("sentinel.exchange.calls", "{call}", "Calls to the exchange, by operation and outcome.");
        ExchangeCallDuration = Meter.CreateHistogram<double>("sentinel.exchange.call.duration", "s", "Duration of calls to the exchange.");
        TickDuration = Meter.CreateHistogram<double>("sentinel.tick.duration", "s", "Duration of one monitoring tick.");
        LeaseSkips = Meter.CreateCounter<long>("sentinel.lease.skipped", "{run}", "Runs skipped because another holder had their lease, by lease.");
        RulesEvaluated = Meter.CreateCounter<long>("sentinel.rules.evaluated", "{rule}", "Rules evaluated, by kind.");
        Alerts = Meter.CreateCounter<long>("sentinel.alerts", "{alert}", "Alert transitions, by rule and state.");
        Orders = Meter.CreateCounter<long>("sentinel.orders", "{order}", "Orders placed, planned or refused, by outcome.");
    }

    public Meter Meter { get; }

    public ActivitySource ActivitySource { get; }

    public Counter<long> FunctionInvocations { get; }

    public Histogram<double> FunctionDuration { get; }

    public Counter<long> TimerPastDue { get; }

    public Counter<long> TimerSkipped { get; }

    public Counter<long> ExchangeCalls { get; }

    public Histogram<double> ExchangeCallDuration { get; }

    public Histogram<double> TickDuration { get; }

    public Counter<long> LeaseSkips { get; }

    public Counter<long> RulesEvaluated { get; }

    public Counter<long> Alerts { get; }

    public Counter<long> Orders { get; }

    public void Dispose()
    {
        ActivitySource.Dispose();
        Meter.Dispose();
    }
}
