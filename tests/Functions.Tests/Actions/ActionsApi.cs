using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Bitget.Simulator.Accounts;
using Functions.Tests.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Actions;

/// <summary>The app on Azurite and the simulator (<see cref="AppOnSimulator"/>), called over HTTP as a trader's client would; every call runs under the harness's clock pump.</summary>
internal static class ActionsApi
{
    // Previews outlive the simulated minutes a lost reply and its lookups take under the harness's clock pump.
    private static readonly Dictionary<string, string?> Settings = new() { ["Actions:PreviewTtl"] = "00:30:00" };

    public static async Task<AppOnSimulator> StartAsync(AzuriteFixture azurite, AccountKind kind = AccountKind.Classic, PositionMode mode = PositionMode.OneWay, string riskMode = "live")
    {
        await new TableServiceClient(azurite.ConnectionString).DeleteTableAsync("actions");
        var h = await AppOnSimulator.StartAsync(azurite, new SimulatedAccountOptions { Kind = kind, PositionMode = mode }, riskMode, Settings);
        h.Sim.Prices.Set("ETHUSDT", 3_000m);
        h.Sim.Prices.Set("SOLUSDT", 150m);
        return h;
    }

    public static async Task<(HttpStatusCode Status, JsonObject Body, string? ContentType)> PostAsync(this AppOnSimulator h, string path, string json, string? idempotencyKey = null, string contentType = "application/json", string? principal = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, contentType) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (principal is not null)
        {
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", principal);
        }

        using var response = await h.RunAsync(h.App.Client.SendAsync(request));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject ?? [], response.Content.Headers.ContentType?.MediaType);
    }

    public static async Task<JsonObject> GetAsync(this AppOnSimulator h, string path) =>
        (await h.RunAsync(h.App.Client.GetFromJsonAsync<JsonObject>(path)))!;

    public static string Str(this JsonObject body, string name) => body[name]?.GetValue<string>() ?? string.Empty;

    public static async Task<int> AuditCountAsync(this AppOnSimulator h, string action) =>
        (await h.GetAsync("/api/audit?limit=200"))["rows"]!.AsArray().Count(r => r!["action"]!.GetValue<string>() == action);
}
