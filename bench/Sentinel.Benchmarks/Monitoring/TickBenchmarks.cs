using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Sentinel.Core.Ticks;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>
/// One full monitoring tick (lease, three exchange reads, snapshot and price-history storage) against the simulator
/// and Azurite over loopback, 200 symbols and 50 positions. In-process so the rig starts once.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class TickBenchmarks
{
    private TickRig? _rig;

    // Synchronous on purpose: the in-process toolchain of BenchmarkDotNet 0.14 does not await an async global setup.
    [GlobalSetup]
    public void Setup() => _rig = TickRig.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _rig!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<TickOutcome> FullTick() => (await _rig!.Tick.RunAsync()).Outcome;

    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring).WithWarmupCount(3).WithIterationCount(30));
    }
}
