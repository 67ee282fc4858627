using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sentinel.Functions.Monitoring;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>
/// One full monitoring tick (lease, three exchange reads, snapshot and price-history storage) against the simulator
/// and Azurite over loopback, 200 symbols and 50 positions. In-process so the rig starts once.
/// </summary>
[InProcess]
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 3, iterationCount: 30)]
public class TickBenchmarks
{
    private TickRig? _rig;

    [GlobalSetup]
    public async Task SetupAsync() => _rig = await TickRig.StartAsync();

    [GlobalCleanup]
    public async Task CleanupAsync() => await _rig!.DisposeAsync();

    [Benchmark]
    public async Task<TickOutcome> FullTick() => (await _rig!.Tick.RunAsync()).Outcome;
}
