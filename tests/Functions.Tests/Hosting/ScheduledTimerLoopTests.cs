using System.Threading.Channels;
using Functions.Tests.Hosting.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Hosting.Timers;
using Sentinel.Functions.Observability;

namespace Functions.Tests.Hosting;

/// <summary>Standalone scheduling on a fake clock: no sleeping, the test moves time.</summary>
public sealed class ScheduledTimerLoopTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Channel<DateTimeOffset> _waits = Channel.CreateUnbounded<DateTimeOffset>();
    private readonly Channel<(TimerInfo Info, DateTimeOffset At)> _runs = Channel.CreateUnbounded<(TimerInfo, DateTimeOffset)>();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TestMeterFactory _meters = new();
    private Func<TimerInfo, Task> _body = _ => Task.CompletedTask;
    private int _running;
    private int _maxConcurrent;
    private Task _loop = Task.CompletedTask;

    [Fact]
    public async Task FiresAtEachOccurrence_NotBefore()
    {
        StartLoop("*/30 * * * * *");
        Assert.Equal(Start.AddSeconds(30), await NextWaitAsync());

        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(_runs.Reader.TryRead(out _));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var first = await NextRunAsync();

        Assert.Equal(Start.AddSeconds(30), first.At);
        Assert.False(first.Info.IsPastDue);
        Assert.Equal(new ScheduleStatus(Start.AddSeconds(30), Start.AddSeconds(60), Start.AddSeconds(30)), first.Info.ScheduleStatus);
        Assert.Equal(Start.AddSeconds(60), await NextWaitAsync());

        _clock.Advance(TimeSpan.FromSeconds(30));
        var second = await NextRunAsync();
        Assert.Equal(Start.AddSeconds(60), second.At);
        Assert.Equal(Start.AddSeconds(30), second.Info.ScheduleStatus!.Last);
    }

    [Fact]
    public async Task LongRun_NextOccurrencesDoNotOverlap_LatestRunsLateFlaggedPastDue_SkipsReported()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        _body = _ => Interlocked.Increment(ref calls) == 1 ? release.Task : Task.CompletedTask;
        StartLoop("*/30 * * * * *");
        await NextWaitAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));
        await NextRunAsync();

        _clock.Advance(TimeSpan.FromSeconds(95));
        Assert.False(_runs.Reader.TryRead(out _));
        release.SetResult();
        var late = await NextRunAsync();

        Assert.Equal(2, calls);
        Assert.Equal(1, _maxConcurrent);
        Assert.True(late.Info.IsPastDue);
        Assert.Equal(Start.AddSeconds(125), late.At);
        Assert.Equal(Start.AddSeconds(30), late.Info.ScheduleStatus!.Last);
        Assert.Equal(Start.AddSeconds(150), late.Info.ScheduleStatus.Next);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("overran", StringComparison.Ordinal) && l.Message.Contains("2 skipped", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("past due", StringComparison.Ordinal));
        Assert.Equal(Start.AddSeconds(150), await NextWaitAsync());
        Assert.Equal(2, _meters.Sum("sentinel.timer.skipped"));
    }

    [Fact]
    public async Task RunFinishingExactlyAtTheNextOccurrence_NextRunIsOnTime()
    {
        _body = _ => Task.Run(() => _clock.Advance(TimeSpan.FromSeconds(30)));
        StartLoop("*/30 * * * * *");
        await NextWaitAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));
        await NextRunAsync();

        var second = await NextRunAsync();

        Assert.False(second.Info.IsPastDue);
        Assert.Equal(Start.AddSeconds(60), second.At);
        Assert.DoesNotContain(_logs.Lines, l => l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task YearlySchedule_WaitsBeyondTheLongestSingleTimerAndFiresOnTheDay()
    {
        StartLoop("0 0 0 1 1 *");
        var nextYear = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(nextYear, await NextWaitAsync());

        for (var day = 0; day < 365; day++)
        {
            Assert.False(_runs.Reader.TryRead(out _));
            _clock.Advance(TimeSpan.FromDays(1));
        }

        var run = await NextRunAsync();
        Assert.Equal(nextYear, run.At);
        Assert.False(run.Info.IsPastDue);
    }

    [Fact]
    public async Task FailingRun_KeepsTheScheduleGoing()
    {
        _body = _ => throw new InvalidOperationException("boom");
        StartLoop("*/30 * * * * *");
        await NextWaitAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));
        await NextRunAsync();

        Assert.Equal(Start.AddSeconds(60), await NextWaitAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop.WaitAsync(Patience);
        _stop.Dispose();
        _meters.Dispose();
    }

    private void StartLoop(string expression)
    {
        var schedule = TimerSchedule.Resolve("Tick", expression, new ConfigurationBuilder().Build());
        var telemetry = new SentinelTelemetry(_meters);
        var loop = new ScheduledTimerLoop("Tick", schedule, InvokeAsync, _clock, telemetry, _logs.CreateLogger("Scheduler"));
        loop.Waiting += (_, due) => _waits.Writer.TryWrite(due);
        _loop = Task.Run(() => loop.RunAsync(_stop.Token));
    }

    private async Task InvokeAsync(TimerInfo info, CancellationToken cancellationToken)
    {
        var concurrent = Interlocked.Increment(ref _running);
        _maxConcurrent = Math.Max(_maxConcurrent, concurrent);
        _runs.Writer.TryWrite((info, _clock.GetUtcNow()));
        try
        {
            await _body(info);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private async Task<DateTimeOffset> NextWaitAsync() => await _waits.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    private async Task<(TimerInfo Info, DateTimeOffset At)> NextRunAsync() => await _runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);
}
