using System.Diagnostics;
using System.Globalization;
using Sentinel.Core.Ticks;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>
/// Console measurements (not BenchmarkDotNet): <c>--monitoring-ticks [n]</c> runs n ticks back to back and prints
/// storage round trips and bytes per tick over windows of ten ticks (flat or not), then times spaced ticks (the
/// tick's own work) apart from back-to-back ones (paced by the client's rate limiter). Cold start is measured through a Functions host, which starts the worker.
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
        var first = await MeasureAsync(rig);
        if (first is null)
        {
            return 1;
        }

        var costs = new List<TickCost>(ticks);
        for (var i = 0; i < ticks; i++)
        {
            if (await MeasureAsync(rig) is not { } cost)
            {
                return 1;
            }

            costs.Add(cost);
        }

        // Spaced ticks: 300 ms apart, so the client's rate limiter (all-position: 5 per second) never has to wait and
        // the time is the tick's own work: three exchange round trips, the storage writes and the CPU.
        var spaced = new List<double>();
        var reads = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(300);
            spaced.Add((await MeasureAsync(rig))!.Milliseconds);
            await Task.Delay(300);
            var watch = Stopwatch.StartNew();
            await rig.Port.GetSnapshotAsync();
            reads.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{Environment.ProcessorCount} CPUs, load average {LoadAverage()}; {TickRig.Symbols} symbols, {TickRig.Positions} positions, {ticks} ticks after the first");
        Console.WriteLine($"first tick (cold, empty Azurite): {first.Requests} storage round trips, {first.Bytes / 1024.0:0.0} KB");
        foreach (var (from, to) in Windows(ticks))
        {
            var window = costs.Skip(from - 1).Take(to - from + 1).ToList();
            Console.WriteLine($"ticks {from,4}-{to,4}: storage round trips {window.Min(c => c.Requests)}..{window.Max(c => c.Requests)}, storage KB per tick {window.Average(c => c.Bytes) / 1024.0:0.0} (max {window.Max(c => c.Bytes) / 1024.0:0.0}), exchange requests {window.Min(c => c.ExchangeRequests)}..{window.Max(c => c.ExchangeRequests)}, p50 {Percentile(window.Select(c => c.Milliseconds), 0.50):0.0} ms");
        }

        Console.WriteLine($"back to back (paced by the rate limiter): p50 {Percentile(costs.Select(c => c.Milliseconds), 0.50):0.0} ms, p99 {Percentile(costs.Select(c => c.Milliseconds), 0.99):0.0} ms");
        Console.WriteLine($"spaced 300 ms (the tick's own work): p50 {Percentile(spaced, 0.50):0.0} ms, p99 {Percentile(spaced, 0.99):0.0} ms; exchange read alone p50 {Percentile(reads, 0.50):0.0} ms");
        return 0;
    }

    private static async Task<TickCost?> MeasureAsync(TickRig rig)
    {
        var (exchange, requests, bytes) = (rig.ExchangeRequests, rig.Storage.Requests, rig.Storage.Bytes);
        var watch = Stopwatch.StartNew();
        var result = await rig.Tick.RunAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (result.Outcome != TickOutcome.Succeeded)
        {
            Console.WriteLine($"tick failed: {result.Outcome} {result.Status?.LastFailure}");
            return null;
        }

        return new TickCost(rig.Storage.Requests - requests, rig.Storage.Bytes - bytes, rig.ExchangeRequests - exchange, elapsed);
    }

    private static IEnumerable<(int From, int To)> Windows(int ticks)
    {
        foreach (var end in new[] { 10, 20, 100, 500, 1000, ticks }.Where(e => e <= ticks).Distinct())
        {
            yield return (Math.Max(1, end - 9), end);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record TickCost(int Requests, long Bytes, int ExchangeRequests, double Milliseconds);

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }
}
