using BenchmarkDotNet.Running;
using Sentinel.Benchmarks.Monitoring;

namespace Sentinel.Benchmarks;

public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0].StartsWith("--monitoring-", StringComparison.Ordinal))
        {
            return await MonitoringMeasurements.RunAsync(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
