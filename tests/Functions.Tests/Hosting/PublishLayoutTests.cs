using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Sentinel.TestSupport;

namespace Functions.Tests.Hosting;

/// <summary>
/// <c>dotnet publish src/Functions -o out</c> yields a deployable Functions app root and <c>out.zip</c>.
/// Publishes the already-built app (<c>--no-build</c>, same configuration as this test) into a temp folder.
/// </summary>
public sealed class PublishLayoutTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Directory.CreateTempSubdirectory("sentinel-publish-").FullName;

    [Fact]
    public async Task Publish_ProducesAFunctionsAppRootAndAZipOfIt()
    {
        var output = Path.Combine(_root, "out");

        var (exitCode, log) = await RunAsync("publish", RepositoryRoot.Combine("src", "Functions"), "-c", Configuration, "--no-build", "-o", output);

        Assert.True(exitCode == 0, log);
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "host.json")))!;
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("host.json")), File.ReadAllText(Path.Combine(output, "host.json")));
        var description = hostJson["customHandler"]!["description"]!;
        Assert.Equal("dotnet", description["defaultExecutablePath"]!.GetValue<string>());
        var entryAssembly = description["arguments"]![0]!.GetValue<string>();
        Assert.True(File.Exists(Path.Combine(output, entryAssembly)), $"{entryAssembly} is not in the app root");
        Assert.True(File.Exists(Path.Combine(output, "Sentinel.Functions.runtimeconfig.json")));
        Assert.True(hostJson["customHandler"]!["enableForwardingHttpRequest"]!.GetValue<bool>());
        var health = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "Health", "function.json")))!;
        Assert.Equal("health", health["bindings"]![0]!["route"]!.GetValue<string>());

        using var zip = ZipFile.OpenRead(Path.Combine(_root, "out.zip"));
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();
        Assert.Contains("host.json", entries);
        Assert.Contains("Health/function.json", entries);
        Assert.Contains(entryAssembly, entries);
        var apphost = zip.GetEntry("Sentinel.Functions")!;
        Assert.True((apphost.ExternalAttributes >> 16 & 0b001_001_001) != 0, "the apphost lost its execute bit in the zip");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<(int ExitCode, string Log)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
