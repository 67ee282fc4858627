using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Functions.Tests.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Hosting;

/// <summary>With the state store down, read endpoints answer 503 problem details saying why, /api/status keeps answering 200.</summary>
public sealed class DependencyDownTests
{
    // A loopback port held bound but never listening: every storage request is refused, as when Azurite or the Table
    // service is down, and no server another test starts can take the port meanwhile.
    private static readonly Socket Held = BoundNotListening();

    private static readonly string Down =
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};TableEndpoint=http://127.0.0.1:{((IPEndPoint)Held.LocalEndPoint!).Port}/{AzuriteFixture.AccountName};";

    [Theory]
    [InlineData("/api/positions")]
    [InlineData("/api/snapshot")]
    [InlineData("/api/alerts")]
    [InlineData("/api/rules")]
    [InlineData("/api/silences")]
    public async Task StorageDown_ReadEndpoint_Answers503ProblemDetailsNamingTheStore(string path)
    {
        await using var app = await StartAsync();

        using var response = await app.Client.GetAsync(path);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("state store", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageDown_Status_StillAnswers200_WithWhyTheLastTickIsUnknown()
    {
        await using var app = await StartAsync();

        using var response = await app.Client.GetAsync("/api/status");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dry-run", body["mode"]!.GetValue<string>());
        Assert.Null(body["lastTick"]);
        Assert.StartsWith("The state store (Table service) is unreachable.", body["stateError"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageDown_HealthSaysWhyTheStateStoreFailed_NotThatTheProbeTimedOut()
    {
        await using var app = await StartAsync();

        using var response = await app.Client.GetAsync("/api/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var state = body["components"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "state")!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", state["status"]!.GetValue<string>());
        Assert.Contains("unreachable", state["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("No answer within", state["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Task<SentinelTestApp> StartAsync() =>
        SentinelTestApp.StartAsync(new SentinelTestAppOptions { Settings = new Dictionary<string, string?> { ["State:ConnectionString"] = Down } });

    private static Socket BoundNotListening()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }
}
