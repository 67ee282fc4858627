using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Mitigation;
using Sentinel.TestSupport;
using Sentinel.Functions.Platform.Audit;

namespace Functions.Tests.Mitigation;

/// <summary>Risk rules through the rules API, and the guard's switches over HTTP, on Azurite.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class RiskApiTests(AzuriteFixture azurite)
{
    private const string StagedRule = """
        {"id":"liq-staged","type":"liquidation_distance","threshold":8,"clear":12,"channels":["teams"],
         "action":{"stages":[{"type":"reduce","percent":25},{"type":"reduce","percent":50},{"type":"close"}],"stageMinutes":5}}
        """;

    [Fact]
    public async Task RiskRule_IsStoredAndReturnedWithItsAction_AndABadActionIs400WithFieldErrors()
    {
        await AppOnSimulator.ResetAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null);

        using var created = await PostAsync(app, StagedRule);
        using var bad = await PostAsync(app, """{"id":"bad","type":"funding_rate","threshold":0.1,"channels":["teams"],"action":{"type":"reduce","percent":150}}""");
        using var badStep = await PostAsync(app, """{"id":"bad","type":"liquidation_distance","threshold":8,"channels":["teams"],"action":{"stages":[{"type":"close"},{"type":"reduce"}]}}""");
        var stored = await app.GetJsonAsync<JsonObject>("/api/rules/liq-staged");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("close", stored!["action"]!["stages"]![2]!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("does not apply to funding_rate", (await ErrorsAsync(bad))["action"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var stepErrors = await ErrorsAsync(badStep);
        Assert.NotNull(stepErrors["action.stages[0].type"]);
        Assert.NotNull(stepErrors["action.stages[1].percent"]);
        Assert.Single(await app.Get<RuleStore>().ListAsync());
    }

    [Fact]
    public async Task Control_DefaultsToTheSetting_ChangesAreStoredAndAudited_BadModeIs400()
    {
        await AppOnSimulator.ResetAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null);

        var initial = await app.GetJsonAsync<JsonObject>("/api/risk/control");
        using var live = await app.Client.PutAsJsonAsync("/api/risk/control", new { mode = "live" });
        using var kill = await app.Client.PutAsJsonAsync("/api/risk/control", new { killSwitch = true });
        using var bad = await app.Client.PutAsJsonAsync("/api/risk/control", new { mode = "yolo" });
        var control = await app.Get<RiskControlStore>().ReadAsync();
        var audit = await app.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));

        Assert.Equal(("dry-run", false), (initial!["mode"]!.GetValue<string>(), initial["killSwitch"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kill.StatusCode);
        Assert.Equal((RiskMode.Live, true, "api"), (control.Mode, control.KillSwitch, control.UpdatedBy));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        // Both rows carry the same (fake) instant, and rows of one instant have no defined order: compare them sorted.
        Assert.Equal(["mode=live killSwitch=off", "mode=live killSwitch=on"], audit.Where(r => r.GetString("Action") == "risk.control").Select(r => r.GetString("After")).Order(StringComparer.Ordinal));
        Assert.All(["GetRiskControl", "SetRiskControl"], name => Assert.Equal(AuthorizationLevel.Function, FunctionCatalog.App[name].Http!.AuthLevel));
    }

    private static Task<HttpResponseMessage> PostAsync(SentinelTestApp app, string json) =>
        app.Client.PostAsync("/api/rules", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonObject> ErrorsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
}
