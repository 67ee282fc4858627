using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bitget.Simulator;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Sentinel.LocalHost.Tests.Support;

namespace Sentinel.LocalHost.Tests.Sentinel;

/// <summary>
/// Scale-out for real: two Sentinel worker processes, each under its own local host, on one Azurite and one Bitget
/// simulator, live, with a breached risk rule. Both are ticked at the same moment, round after round; the simulator's
/// order record and the app's audit must show one action, as if one instance ran.
/// </summary>
public sealed class TwoWorkerProcessesTests(SentinelAppFixture app) : IClassFixture<SentinelAppFixture>
{
    private const string RuleId = "liq-two-processes";
    private const int Rounds = 4;

    /// <summary>
    /// Liquidation within 8 % starts the episode; the later stages are an hour apart, so within the test only the first
    /// stage (reduce 25 %) is ever due and every round after the first must find it taken.
    /// </summary>
    private const string StagedRule = $$$"""
        {"id":"{{{RuleId}}}","type":"liquidation_distance","threshold":8,"clear":30,"severity":"critical","channels":["webhook"],
         "action":{"stages":[{"type":"reduce","percent":25},{"type":"reduce","percent":50},{"type":"close"}],"stageMinutes":60}}
        """;

    [Fact]
    public async Task TwoWorkerProcessesTickingAtTheSameMoment_OneOrderForTheStep_NoWrongDirection_OneAuditRowPerDecision()
    {
        await using var simulator = await BitgetSimulator.StartAsync(new SimulatorOptions { Accounts = [new SimulatedAccountOptions()] });
        simulator.SeedPosition("BTCUSDT", PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        // A 10x long from 60,000 liquidates near 54,300: at 57,000 it is under 5 % away, inside the rule's 8 %.
        simulator.Prices.Set("BTCUSDT", 57_000m);
        var settings = await WriteSettingsAsync(simulator);
        await using var first = await SampleHost.StartAsync(app.AppDirectory, settings);
        await using var second = await SampleHost.StartAsync(app.AppDirectory, settings);
        await SendAsync(first, HttpMethod.Post, "/api/rules", StagedRule, HttpStatusCode.Created);
        await SendAsync(first, HttpMethod.Put, "/api/risk/control", """{"mode":"live"}""", HttpStatusCode.OK);

        for (var round = 1; round <= Rounds; round++)
        {
            await Task.WhenAll(TickAsync(first), TickAsync(second));
        }

        var orders = simulator.Exchange.Orders(simulator.ApiKey);
        var audit = await AuditAsync(first);
        var described = Describe(orders, audit);
        Assert.True(orders.Count == 1, "exactly one order for the one step due\n" + described);
        var order = orders[0];
        Assert.True(order.ReduceOnly && order.Action != OrderAction.Open, described);
        Assert.Equal(0.375m, order.Size);
        var position = Assert.Single(simulator.Exchange.Positions(simulator.ApiKey));
        Assert.Equal((PositionSide.Long, 1.125m), (position.Side, position.Size));

        var guardRows = audit.Where(row => row["action"]!.GetValue<string>().StartsWith("risk.", StringComparison.Ordinal)).ToList();
        var planned = guardRows.Count(row => Outcome(row) == "planned");
        var decided = guardRows.Where(row => Outcome(row) != "planned").ToList();
        Assert.True(planned > 0, described);
        Assert.True(planned == decided.Count, "every planned step has exactly one decision row\n" + described);
        var filled = Assert.Single(decided, row => Outcome(row) == "filled");
        Assert.Equal(order.ClientOid, filled["clientOid"]!.GetValue<string>());
        Assert.True(decided.All(row => Outcome(row) is "filled" or "skipped"), described);
    }

    private static string Outcome(JsonNode row) => row["outcome"]!.GetValue<string>();

    /// <summary>Runs the monitoring tick now through the host's admin API; the host answers when the run has finished.</summary>
    private static async Task TickAsync(SampleHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/MonitorTick");
        request.Headers.Add("x-functions-key", SampleHost.MasterKey);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"the tick failed: {(int)response.StatusCode}\n{Console(host)}");
    }

    private static async Task SendAsync(SampleHost host, HttpMethod method, string path, string json, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-functions-key", SampleHost.MasterKey);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<IReadOnlyList<JsonNode>> AuditAsync(SampleHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/audit?rule={RuleId}&limit=200");
        request.Headers.Add("x-functions-key", SampleHost.MasterKey);
        using var response = await host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Null(page!["continuation"]);
        return [.. page["rows"]!.AsArray().Select(row => row!)];
    }

    private async Task<string> WriteSettingsAsync(BitgetSimulator simulator)
    {
        var account = simulator.Options.Accounts[0];
        var file = Path.Combine(app.Root, $"sentinel-{Guid.NewGuid():N}.settings.json");
        var values = new Dictionary<string, string>
        {
            // The schedules must be valid, but the hosts' clocks stand still: ticks run only when the test asks.
            ["MONITOR_SCHEDULE"] = "*/30 * * * * *",
            ["DELIVERY_SCHEDULE"] = "*/5 * * * * *",
            ["STREAMING_SCHEDULE"] = "0 * * * * *",
            ["State__ConnectionString"] = app.Azurite.ConnectionString,
            ["Bitget__BaseAddress"] = simulator.BaseAddress.ToString(),
            ["Bitget__AccountKind"] = "auto",
            ["Secrets__bitget-api-key"] = account.ApiKey,
            ["Secrets__bitget-api-secret"] = account.Secret,
            ["Secrets__bitget-api-passphrase"] = account.Passphrase,
            // Never called: delivery does not run in this test.
            ["Secrets__webhook-url"] = "http://127.0.0.1:9/unused",
            ["Secrets__webhook-signing-key"] = "unused-signing-key",
            ["Sentinel__Mode"] = "dry-run",
            // The shortest leases allowed, so a process that dies mid-tick does not hold the other up for long.
            ["Monitor__LeaseDuration"] = "00:00:03",
            ["Risk__Guard__LeaseDuration"] = "00:00:10",
        };
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        return file;
    }

    private static string Describe(IReadOnlyList<OrderSnapshot> orders, IReadOnlyList<JsonNode> audit) =>
        "audit (newest first):\n" + string.Join('\n', audit.Select(row => $"{row["action"]} {row["kind"]} {row["clientOid"]}: {row["reason"]}"))
        + "\norders: " + string.Join("; ", orders.Select(o => $"{o.ClientOid} {o.Action} {o.Direction} {o.Size} {o.Status}"));

    private static string Console(SampleHost host) => string.Join('\n', host.Console.Lines.TakeLast(40).Select(line => $"{line.Level} {line.Message}"));
}
