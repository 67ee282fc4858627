using System.Text.Json.Nodes;
using Functions.Tests.Hosting.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.TestSupport;

namespace Functions.Tests.Hosting;

/// <summary>function.json files are generated from the in-code declarations and match them exactly.</summary>
public sealed class FunctionMetadataTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("sentinel-metadata-").FullName;

    [Fact]
    public async Task EveryDeclaredFunction_GetsAFunctionJsonMatchingItsEndpoint()
    {
        await using var app = BuildApp(MapSamples);
        var catalog = app.Services.GetRequiredService<DeclaredFunctions>().GetCatalog();

        var written = FunctionMetadataWriter.Write(catalog, _output);

        var folders = Directory.GetDirectories(_output).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(written.Order(StringComparer.Ordinal), folders);
        Assert.Equal(["Deliver", "Health", "MonitorTick", "Positions", "Rules", "Webhook"], folders);
        foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            AssertMatches(endpoint, Read(FunctionName(endpoint)));
        }
    }

    [Fact]
    public async Task TimerFunction_IsATimerTriggerWithTheScheduleAndBindingNameAsDeclared()
    {
        await using var app = BuildApp(MapSamples);
        FunctionMetadataWriter.Write(app.Services.GetRequiredService<DeclaredFunctions>().GetCatalog(), _output);

        var monitor = Assert.Single(Read("MonitorTick")["bindings"]!.AsArray())!;
        var deliver = Assert.Single(Read("Deliver")["bindings"]!.AsArray())!;

        Assert.Equal("""{"name":"timer","type":"timerTrigger","direction":"in","schedule":"%MONITOR_SCHEDULE%"}""", monitor.ToJsonString());
        Assert.Equal("""{"name":"myTimer","type":"timerTrigger","direction":"in","schedule":"0 */5 * * * *"}""", deliver.ToJsonString());
    }

    [Fact]
    public async Task HttpFunction_HasTheDocumentedBindingShape_RouteWithoutApiPrefix_MergedMethods()
    {
        await using var app = BuildApp(MapSamples);
        FunctionMetadataWriter.Write(app.Services.GetRequiredService<DeclaredFunctions>().GetCatalog(), _output);
        var documented = JsonNode.Parse(Samples.Read("hello-function.json"))!["bindings"]!.AsArray();

        var rules = Read("Rules")["bindings"]!.AsArray();

        Assert.Equal(2, rules.Count);
        Assert.Equal(
            documented[0]!.AsObject().Select(p => p.Key).Append("route").Order(StringComparer.Ordinal),
            rules[0]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(documented[1], rules[1]));
        Assert.Equal("function", rules[0]!["authLevel"]!.GetValue<string>());
        Assert.Equal("rules/{id}", rules[0]!["route"]!.GetValue<string>());
        Assert.Equal(["get", "put"], rules[0]!["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("positions/{*symbol}", Read("Positions")["bindings"]![0]!["route"]!.GetValue<string>());
        Assert.Equal("admin", Read("Positions")["bindings"]![0]!["authLevel"]!.GetValue<string>());
        Assert.Equal("anonymous", Read("Health")["bindings"]![0]!["authLevel"]!.GetValue<string>());
    }

    [Fact]
    public async Task EndpointUnderApiNotDeclaredAsFunction_IsRejected()
    {
        await using var app = BuildApp(a => a.MapGet("/api/forgotten", () => "x"));

        var error = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<DeclaredFunctions>().GetCatalog());

        Assert.Contains("/api/forgotten", error.Message, StringComparison.Ordinal);
        Assert.Contains(".AsFunction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpFunctionOutsideApi_IsRejected()
    {
        await using var app = BuildApp(a => a.MapGet("/status", () => "x").AsFunction("Status"));

        var error = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<DeclaredFunctions>().GetCatalog());

        Assert.Contains("under /api/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameNameTwice_IsRejected()
    {
        await using var app = BuildApp(a =>
        {
            a.MapGet("/api/tick", () => "x").AsFunction("Tick");
            a.MapTimerFunction("tick", "0 * * * * *", (_, _) => Task.CompletedTask);
        });

        var error = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<DeclaredFunctions>().GetCatalog());

        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1Tick")]
    [InlineData("Tick Now")]
    [InlineData("Tick/Now")]
    public void InvalidFunctionName_IsRejectedWhenDeclared(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => FunctionNames.Validate(name));
    }

    [Fact]
    public void ArgumentParsing_FindsTheOutputDirectory_AndRequiresIt()
    {
        Assert.True(FunctionMetadataWriter.TryGetOutputDirectory(["--write-function-metadata", "/tmp/out"], out var directory));
        Assert.Equal("/tmp/out", directory);
        Assert.False(FunctionMetadataWriter.TryGetOutputDirectory(["--urls", "x"], out _));
        Assert.Throws<ArgumentException>(() => FunctionMetadataWriter.TryGetOutputDirectory(["--write-function-metadata"], out _));
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static WebApplication BuildApp(Action<WebApplication> map) =>
        TestApp.Build(HostingMode.Standalone, FreePort.Next(), map);

    private static void MapSamples(WebApplication app)
    {
        app.MapTimerFunction("MonitorTick", "%MONITOR_SCHEDULE%", (_, _) => Task.CompletedTask);
        app.MapTimerFunction("Deliver", "0 */5 * * * *", (_, _) => Task.CompletedTask, bindingName: "myTimer");
        var rules = app.MapGroup("/api/rules");
        rules.MapGet("/{id}", (string id) => id).AsFunction("Rules");
        rules.MapPut("/{id}", (string id) => id).AsFunction("Rules");
        app.MapGet("/api/positions/{**symbol}", (string symbol) => symbol).AsFunction("Positions", AuthLevel.Admin);
        app.MapPost("/api/webhook", () => Results.Accepted()).AsFunction("Webhook", AuthLevel.Function);
    }

    private static string FunctionName(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<TimerFunctionMetadata>()?.Name ?? endpoint.Metadata.GetRequiredMetadata<HttpFunctionMetadata>().Name;

    private static void AssertMatches(RouteEndpoint endpoint, JsonNode document)
    {
        var bindings = document["bindings"]!.AsArray();
        if (endpoint.Metadata.GetMetadata<TimerFunctionMetadata>() is { } timer)
        {
            Assert.Equal("/" + timer.Name, endpoint.RoutePattern.RawText);
            var trigger = Assert.Single(bindings)!;
            Assert.Equal("timerTrigger", trigger["type"]!.GetValue<string>());
            Assert.Equal(timer.Schedule, trigger["schedule"]!.GetValue<string>());
            Assert.Equal(timer.BindingName, trigger["name"]!.GetValue<string>());
            return;
        }

        var http = endpoint.Metadata.GetRequiredMetadata<HttpFunctionMetadata>();
        Assert.Equal(2, bindings.Count);
        Assert.Equal("httpTrigger", bindings[0]!["type"]!.GetValue<string>());
        Assert.Equal(http.AuthLevel.ToString().ToLowerInvariant(), bindings[0]!["authLevel"]!.GetValue<string>());
        var route = bindings[0]!["route"]!.GetValue<string>();
        Assert.Equal(endpoint.RoutePattern.RawText!.TrimStart('/').Replace("{**", "{*", StringComparison.Ordinal), "api/" + route);
        var methods = bindings[0]!["methods"]!.AsArray().Select(m => m!.GetValue<string>().ToUpperInvariant()).ToList();
        Assert.All(endpoint.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods, method => Assert.Contains(method, methods));
        Assert.Equal("http", bindings[1]!["type"]!.GetValue<string>());
        Assert.Equal("out", bindings[1]!["direction"]!.GetValue<string>());
    }

    private JsonNode Read(string function) => JsonNode.Parse(File.ReadAllText(Path.Combine(_output, function, "function.json")))!;
}
