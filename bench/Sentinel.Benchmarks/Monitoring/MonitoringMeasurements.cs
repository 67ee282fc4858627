using System.Diagnostics;
using System.Globalization;
using Sentinel.Functions.Monitoring;
using Sentinel.TestSupport;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>
/// Console measurements (not BenchmarkDotNet): <c>--monitoring-ticks [n]</c> runs n ticks and prints p50/p99,
/// exchange and storage requests per tick; <c>--monitoring-cold-start [n]</c> starts the published app n times and
/// prints the time from process start to the first /api/health answer and to a 200.
/// </summary>
internal static class MonitoringMeasurements
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        return args[0] switch
        {
            "--monitoring-ticks" => await TicksAsync(count > 0 ? count : 100),
            "--monitoring-cold-start" => await ColdStartAsync(count > 0 ? count : 5),
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

    private static async Task<int> ColdStartAsync(int runs)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Sentinel.Functions.dll");
        await using var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        for (var run = 0; run < runs; run++)
        {
            var port = FreePort.Next();
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { dll }, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["Hosting__StandaloneUrl"] = $"http://127.0.0.1:{port}";
            start.Environment["FUNCTION_KEY"] = "cold-start-key";
            start.Environment["State__ConnectionString"] = azurite.ConnectionString;
            start.Environment["Secrets__bitget-api-key"] = "k";
            start.Environment["Secrets__bitget-api-secret"] = "s";
            start.Environment["Secrets__bitget-api-passphrase"] = "p";
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var (firstAnswer, firstStatus, ok) = await PollHealthAsync(port, watch);
            Console.WriteLine($"run {run}: first /api/health answer {firstAnswer:0} ms ({firstStatus}); 200 at {(ok is { } t ? $"{t:0} ms" : "never within 30 s")}");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return 0;
    }

    private static async Task<(double FirstAnswer, int FirstStatus, double? Ok)> PollHealthAsync(int port, Stopwatch watch)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        double? first = null;
        var firstStatus = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await http.GetAsync("/api/health");
                if (first is null)
                {
                    (first, firstStatus) = (watch.Elapsed.TotalMilliseconds, (int)response.StatusCode);
                }

                if (response.IsSuccessStatusCode)
                {
                    return (first.Value, firstStatus, watch.Elapsed.TotalMilliseconds);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(10);
        }

        return (first ?? double.NaN, firstStatus, null);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
