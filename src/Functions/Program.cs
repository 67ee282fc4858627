using Sentinel.Functions.Hosting;

namespace Sentinel.Functions;

public static class Program
{
    public static Task<int> Main(string[] args) => StartupCheck.RunAsync(() => SentinelApp.Build(args), Console.Error);
}
