using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Alerting;
using Sentinel.TestSupport;
using Sentinel.Functions.Platform.Audit;

namespace Functions.Tests.Alerting;

/// <summary>The rules API over real HTTP, on Azurite: validation problems, ETags, audit.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class RulesApiTests(AzuriteFixture azurite)
{
    private const string Rule = """{"id":"eth-2500","type":"price_below","symbols":["ETHUSDT"],"threshold":2500,"clear":2520,"channels":["teams"]}""";

    [Fact]
    public async Task InvalidRule_Is400ProblemWithFieldErrors_AndNothingIsStored()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null);

        using var response = await PostAsync(app, """{"id":"bad","type":"price_above","threshold":100,"clear":120,"channels":["sms"],"treshold":1}""");
        using var wrongSide = await PostAsync(app, """{"id":"bad","type":"price_above","threshold":100,"clear":120,"channels":["sms"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await ProblemAsync(response))["errors"]!["treshold"]);
        var errors = (await ProblemAsync(wrongSide))["errors"]!.AsObject();
        Assert.Contains("threshold", errors["clear"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(errors["channels[0]"] ?? errors["channels"]);
        Assert.Empty(await app.Get<RuleStore>().ListAsync());
    }

    [Fact]
    public async Task CreateGetUpdateDelete_UsesETags_AndAuditsEveryChange()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null);

        using var created = await PostAsync(app, Rule);
        var createdETag = created.Headers.ETag!.ToString();
        using var duplicate = await PostAsync(app, Rule);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        using var updated = await PutAsync(app, Rule.Replace("2500,", "2400,", StringComparison.Ordinal), createdETag);
        using var stale = await PutAsync(app, Rule.Replace("2500,", "2300,", StringComparison.Ordinal), createdETag);
        using var noETag = await PutAsync(app, Rule, null);
        var stored = await app.GetJsonAsync<JsonObject>("/api/rules/eth-2500");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        using var deleted = await app.Client.DeleteAsync("/api/rules/eth-2500");
        using var gone = await app.Client.GetAsync("/api/rules/eth-2500");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(createdETag, updated.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Equal((HttpStatusCode)428, noETag.StatusCode);
        Assert.Equal(2400m, stored!["threshold"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var audit = await app.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));
        var changes = audit.Where(a => a.GetString("Target") == "rule/eth-2500").Reverse().ToList();
        Assert.Equal(["rule.create", "rule.update", "rule.delete"], changes.Select(a => a.GetString("Action")));
        Assert.All(changes, a => Assert.Equal("api", a.GetString("Who")));
        Assert.Contains("2500", changes[1].GetString("Before"), StringComparison.Ordinal);
        Assert.Contains("2400", changes[1].GetString("After"), StringComparison.Ordinal);
        Assert.Null(changes[2].GetString("After"));
    }

    [Fact]
    public async Task RenamingThroughPut_IsAFieldError()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null);
        using var created = await PostAsync(app, Rule);

        using var renamed = await PutAsync(app, Rule.Replace("eth-2500", "other", StringComparison.Ordinal), created.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.NotNull((await ProblemAsync(renamed))["errors"]!["id"]);
    }

    private static Task<HttpResponseMessage> PostAsync(SentinelTestApp app, string json) =>
        app.Client.PostAsync("/api/rules", new StringContent(json, Encoding.UTF8, "application/json"));

    private static Task<HttpResponseMessage> PutAsync(SentinelTestApp app, string json, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/rules/eth-2500") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return app.Client.SendAsync(request);
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
