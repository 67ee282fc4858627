using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Sentinel.Benchmarks.Streaming;

/// <summary>
/// Reaction latency of the streaming watch through the whole app on loopback: from a simulator price step (a crash
/// below a rule's threshold) to the firing alert at the webhook receiver — stream push, parse, evaluation under the
/// tick's lease, alert state and outbox rows in Azurite, the signed webhook POST. One operation is one reaction; each
/// round gets a fresh rule and the normal price back first (not timed). The cleanup prints p50/p99 of the rounds and
/// the REST requests made during them (the stream path makes none).
/// </summary>
[Config(typeof(InProcessReaction))]
public class StreamReactionBenchmarks
{
    private readonly List<double> _milliseconds = [];
    private ReactionRig? _rig;
    private long _restDuringRounds;
    private int _restBefore;

    // Synchronous on purpose: the in-process toolchain of BenchmarkDotNet 0.14 does not await an async global setup.
    [GlobalSetup]
    public void Setup() => _rig = ReactionRig.StartAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void PrepareRound()
    {
        _rig!.PrepareRoundAsync().GetAwaiter().GetResult();
        _restBefore = _rig.RestRequests;
    }

    [Benchmark]
    public async Task PriceStepToWebhook()
    {
        var started = Stopwatch.GetTimestamp();
        await _rig!.CrashAsync();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        _restDuringRounds += _rig.RestRequests - _restBefore;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _milliseconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Reaction: {_milliseconds.Count} rounds, p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {_milliseconds[^1]:F1} ms; REST requests during the rounds: {_restDuringRounds}; evaluations {_rig!.State.Evaluations}"));
        _rig.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private double Percentile(double p) => _milliseconds[Math.Min(_milliseconds.Count - 1, (int)Math.Ceiling(p * _milliseconds.Count) - 1)];

    private sealed class InProcessReaction : ManualConfig
    {
        public InProcessReaction() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.ColdStart).WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(200).WithInvocationCount(1).WithUnrollFactor(1));
    }
}
