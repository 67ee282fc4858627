using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Functions.Tests.Support;
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
        var output = await PublishAsync();

        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("host.json")), File.ReadAllText(Path.Combine(output, "host.json")));
        var worker = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "worker.config.json")))!["description"]!;
        Assert.Equal("dotnet-isolated", worker["language"]!.GetValue<string>());
        var entryAssembly = worker["defaultWorkerPath"]!.GetValue<string>();
        Assert.True(File.Exists(Path.Combine(output, entryAssembly)), $"{entryAssembly} is not in the app root");
        Assert.True(File.Exists(Path.Combine(output, "Sentinel.Functions.runtimeconfig.json")));
        Assert.True(File.Exists(Path.Combine(output, "Alerts", "seed-rules.json")));

        using var zip = ZipFile.OpenRead(Path.Combine(_root, "out.zip"));
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();
        Assert.Contains("host.json", entries);
        Assert.Contains("functions.metadata", entries);
        Assert.Contains("worker.config.json", entries);
        Assert.Contains("extensions.json", entries);
        Assert.Contains(entryAssembly, entries);
        Assert.Contains(entries, e => e.StartsWith(".azurefunctions/", StringComparison.Ordinal));
        var apphost = zip.GetEntry("Sentinel.Functions")!;
        Assert.True((apphost.ExternalAttributes >> 16 & 0b001_001_001) != 0, "the apphost lost its execute bit in the zip");
    }

    [Fact]
    public async Task PublishedFunctionsMetadata_ListsEveryFunctionWithItsTriggerAsTheAttributesDeclareIt()
    {
        var output = await PublishAsync();

        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "functions.metadata")))!.AsArray()
            .ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!);

        Assert.Equal(FunctionCatalog.App.Functions.Select(f => f.Name).Order(StringComparer.Ordinal), metadata.Keys.Order(StringComparer.Ordinal));
        foreach (var function in FunctionCatalog.App.Functions)
        {
            var entry = metadata[function.Name];
            Assert.Equal($"{function.Method.DeclaringType!.FullName}.{function.Method.Name}", entry["entryPoint"]!.GetValue<string>());
            Assert.Equal("Sentinel.Functions.dll", entry["scriptFile"]!.GetValue<string>());
            var trigger = entry["bindings"]!.AsArray().Single(b => b!["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal))!;
            if (function.Http is { } http)
            {
                Assert.Equal("httpTrigger", trigger["type"]!.GetValue<string>());
                Assert.Equal(http.AuthLevel.ToString(), trigger["authLevel"]!.GetValue<string>());
                Assert.Equal(http.Route, trigger["route"]!.GetValue<string>());
                Assert.Equal(http.Methods!, trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
                Assert.Contains(entry["bindings"]!.AsArray(), b => b!["type"]!.GetValue<string>() == "http" && b["direction"]!.GetValue<string>() == "Out");
            }
            else
            {
                Assert.Equal("timerTrigger", trigger["type"]!.GetValue<string>());
                Assert.Equal(function.Timer!.Schedule, trigger["schedule"]!.GetValue<string>());
            }
        }

        Assert.Equal("Anonymous", metadata["Health"]["bindings"]![0]!["authLevel"]!.GetValue<string>());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<string> PublishAsync()
    {
        var output = Path.Combine(_root, "out");
        var (exitCode, log) = await RunAsync("publish", RepositoryRoot.Combine("src", "Functions"), "-c", Configuration, "--no-build", "-o", output);
        Assert.True(exitCode == 0, log);
        return output;
    }

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
