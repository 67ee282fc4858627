using System.Diagnostics;
using Functions.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Hosting;
using Sentinel.TestSupport;

namespace Functions.Tests.Hosting;

/// <summary>A missing or wrong setting stops the worker with one line naming the setting; a good configuration starts.</summary>
public sealed class StartupTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly Dictionary<string, string?> Good = new(SentinelTestApp.DefaultSettings)
    {
        ["State:ConnectionString"] = "UseDevelopmentStorage=true",
    };

    [Fact]
    public void GoodSettings_PassTheCheck()
    {
        Assert.Null(Check());
    }

    [Theory]
    [InlineData("State:ConnectionString", null, "State__ConnectionString")]
    [InlineData("State:TableServiceUri", "https://account.table.core.windows.net", "State__TableServiceUri")]
    [InlineData("MONITOR_SCHEDULE", null, "MONITOR_SCHEDULE")]
    [InlineData("MONITOR_SCHEDULE", "*/5 * * * *", "MONITOR_SCHEDULE")]
    [InlineData("DELIVERY_SCHEDULE", "every minute", "DELIVERY_SCHEDULE")]
    [InlineData("Sentinel:Mode", "yolo", "Sentinel__Mode")]
    [InlineData("Bitget:BaseAddress", "http://api.bitget.com", "Bitget__BaseAddress")]
    [InlineData("KeyVault:VaultUri", "http://vault.example", "KeyVault__VaultUri")]
    [InlineData("Hosting:HealthProbeTimeout", "00:00:00", "Hosting__HealthProbeTimeout")]
    [InlineData("Monitor:LeaseDuration", "two minutes", "Monitor:LeaseDuration")]
    public void BadSetting_FailsTheCheckWithOneLineNamingIt(string key, string? value, string named)
    {
        var problem = Check((key, value));

        Assert.NotNull(problem);
        Assert.Contains(named, problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_WithABadSchedule_ExitsWithCode1AndOneLineOnStderr()
    {
        var (exitCode, stdout, stderr) = await RunWorkerAsync(("MONITOR_SCHEDULE", "*/5 * * * *"));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(StartupCheck.Prefix, line, StringComparison.Ordinal);
        Assert.Contains("MONITOR_SCHEDULE", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_StartedWithoutAFunctionsHost_ExitsWithCode1AndSaysHowToRunIt()
    {
        var (exitCode, _, stderr) = await RunWorkerAsync();

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no Functions host", line, StringComparison.Ordinal);
        Assert.Contains(StartupCheck.HostEndpointSetting, line, StringComparison.Ordinal);
    }

    private static string? Check(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(Good);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = SentinelApp.AddServices(new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration), configuration).BuildServiceProvider();
        return StartupCheck.Check(services);
    }

    /// <summary>Runs the built worker the way a host would start it, minus the host, with the good settings and overrides.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunWorkerAsync(params (string Key, string Value)[] overrides)
    {
        var worker = RepositoryRoot.Combine("src", "Functions", "bin", Configuration, "net10.0", "Sentinel.Functions.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(worker)!,
        };
        start.ArgumentList.Add(worker);
        foreach (var (key, value) in Good)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in overrides)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
