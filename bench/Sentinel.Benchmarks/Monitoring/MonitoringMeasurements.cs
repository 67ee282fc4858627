using System.Diagnostics;
using System.Globalization;
using Sentinel.Functions.Monitoring;
using Sentinel.TestSupport;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>
/// Console measurements (not BenchmarkDotNet): <c>--monitoring-ticks [n]</c> runs n ticks and prints p50/p99,
/// exchange and storage requests per tick. (Cold start is measured through a Functions host, which starts the worker.)
/// </summary>
internal static class MonitoringMeasurements
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        return args[0] switch
        {
            "--monitoring-ticks" => await TicksAsync(count > 0 ? count : 100),
            _ => 2,
        };
    }

    private static async Task<int> TicksAsync(int ticks)
    {
        await using var rig = await TickRig.StartAsync();
        await rig.Tick.RunAsync();
        var durations = new List<double>(ticks);
        var exchange = new List<int>(ticks);
        var storage = new List<int>(ticks);
        for (var i = 0; i < ticks; i++)
        {
            var (exchangeBefore, storageBefore) = (rig.ExchangeRequests, rig.StorageRequests.Count);
            var watch = Stopwatch.StartNew();
            var result = await rig.Tick.RunAsync();
            durations.Add(watch.Elapsed.TotalMilliseconds);
            exchange.Add(rig.ExchangeRequests - exchangeBefore);
            storage.Add(rig.StorageRequests.Count - storageBefore);
            if (result.Outcome != TickOutcome.Succeeded)
            {
                Console.WriteLine($"tick {i}: {result.Outcome} {result.Status?.LastFailure}");
                return 1;
            }
        }

        var reads = new List<double>(ticks);
        for (var i = 0; i < ticks; i++)
        {
            var watch = Stopwatch.StartNew();
            await rig.Port.GetSnapshotAsync();
            reads.Add(watch.Elapsed.TotalMilliseconds);
        }

        durations.Sort();
        reads.Sort();
        Console.WriteLine($"exchange read alone (3 calls, in parallel): p50 {Percentile(reads, 0.50):0.0} ms, p99 {Percentile(reads, 0.99):0.0} ms");
        Console.WriteLine($"{ticks} ticks, {TickRig.Symbols} symbols, {TickRig.Positions} positions: p50 {Percentile(durations, 0.50):0.0} ms, p99 {Percentile(durations, 0.99):0.0} ms, max {durations[^1]:0.0} ms");
        Console.WriteLine($"exchange requests per tick: {exchange.Min()}..{exchange.Max()}; storage requests per tick: {storage.Min()}..{storage.Max()}");
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
