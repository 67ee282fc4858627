using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Timers;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Tests.Timers;

public sealed class TimerSchedulerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ScriptedInvoker _invoker = new();
    private TimerScheduler? _scheduler;

    [Fact]
    public void Timer_FiresAtEachOccurrence_WithTheScheduleStatus()
    {
        CreateSut("*/10 * * * * *");

        _time.Advance(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _invoker.Calls.Count);
        Assert.All(_invoker.Calls, call => Assert.False(call.IsPastDue));
        Assert.Equal(Start.AddSeconds(10), _invoker.Calls[0].Next);
        Assert.Equal(Start.AddSeconds(20), _invoker.Calls[1].Next);
        Assert.Null(_invoker.Calls[0].Last);
        Assert.Equal(Start.AddSeconds(10), _invoker.Calls[1].Last);
    }

    [Fact]
    public void Timer_NeverOverlapsItself_AndAnOverrunIsCaughtUpOnceFlaggedPastDue()
    {
        CreateSut("*/10 * * * * *");
        var firstRun = _invoker.BlockNext();

        _time.Advance(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(25));
        var callsWhileRunning = _invoker.Calls.Count;
        firstRun.SetResult();
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, callsWhileRunning);
        Assert.Equal(3, _invoker.Calls.Count);
        Assert.False(_invoker.Calls[0].IsPastDue);
        Assert.True(_invoker.Calls[1].IsPastDue);
        Assert.False(_invoker.Calls[2].IsPastDue);
        Assert.Equal(Start.AddSeconds(40), _invoker.Calls[2].Next);
    }

    [Fact]
    public async Task OnDemandRun_WaitsForTheScheduledRunInProgress()
    {
        var timer = CreateSut("*/10 * * * * *");
        var scheduledRun = _invoker.BlockNext();
        _time.Advance(TimeSpan.FromSeconds(10));

        var onDemand = timer.RunAsync(_time.GetUtcNow(), isPastDue: false);
        var callsBeforeRelease = _invoker.Calls.Count;
        scheduledRun.SetResult();
        var outcome = await onDemand.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, callsBeforeRelease);
        Assert.True(outcome.Succeeded);
        Assert.Equal(2, _invoker.Calls.Count);
    }

    [Fact]
    public void Timer_ThatFails_KeepsFiringOnSchedule()
    {
        CreateSut("*/10 * * * * *");
        _invoker.FailAll = true;

        _time.Advance(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _invoker.Calls.Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (_scheduler is not null)
        {
            await _scheduler.DisposeAsync();
        }
    }

    private TimerFunction CreateSut(string schedule)
    {
        var function = new HostedFunction("tick", "id-tick", new TimerTrigger("timer", schedule, RunOnStartup: false), new RpcFunctionMetadata());
        var settings = AppSettings.Load(null, new Dictionary<string, string>());
        var timer = new TimerFunction(function, TimerSchedule.Parse("tick", schedule, settings), _invoker, _time);
        _scheduler = new TimerScheduler([timer], _time, NullLogger<TimerScheduler>.Instance);
        _scheduler.Start();
        return timer;
    }

    private sealed record TimerCall(bool IsPastDue, DateTimeOffset? Last, DateTimeOffset Next);

    /// <summary>Stands in for the worker: records each TimerInfo it is sent; a run can be held open to overrun.</summary>
    private sealed class ScriptedInvoker : IFunctionInvoker
    {
        private TaskCompletionSource? _block;

        public List<TimerCall> Calls { get; } = [];

        public bool FailAll { get; set; }

        public TaskCompletionSource BlockNext() => _block = new TaskCompletionSource();

        public async Task<InvocationOutcome> InvokeAsync(
            HostedFunction function, string invocationId, TypedData triggerInput, IReadOnlyDictionary<string, string>? bindingData = null, CancellationToken cancellationToken = default)
        {
            using var info = JsonDocument.Parse(triggerInput.Json);
            var status = info.RootElement.GetProperty("ScheduleStatus");
            var last = status.GetProperty("Last").GetDateTime();
            Calls.Add(new TimerCall(
                info.RootElement.GetProperty("IsPastDue").GetBoolean(),
                last == DateTime.MinValue ? null : new DateTimeOffset(last, TimeSpan.Zero),
                new DateTimeOffset(status.GetProperty("Next").GetDateTime(), TimeSpan.Zero)));
            if (_block is { } block)
            {
                _block = null;
                await block.Task;
            }

            return new InvocationOutcome(function.Name, invocationId, FailAll ? InvocationStatus.Failed : InvocationStatus.Succeeded, null, TimeSpan.Zero);
        }
    }
}
