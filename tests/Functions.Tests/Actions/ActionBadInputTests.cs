using System.Net;
using Bitget.Simulator.Accounts;
using Functions.Tests.Alerting.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Actions;

/// <summary>
/// Bad input on every endpoint: each gets a 4xx problem details answer, no order reaches the simulator, nothing is
/// stored but the audit row of the refusal.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class ActionBadInputTests(AzuriteFixture azurite)
{
    private static readonly string Oversize = "{\"symbol\":\"BTCUSDT\",\"side\":\"long\",\"reason\":\"" + new string('x', 20_000) + "\"}";

    public static TheoryData<string, string, string, HttpStatusCode> Cases => new()
    {
        { "/api/actions/close", """{"side":"long"}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/close", """{"symbol":"BTCUSDT","side":"sideways"}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/close", """{"symbol":"BTCUSDT","side":"long","confrim":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/close", """{"symbol":"DOGEUSDT","side":"long","confirm":true}""", "application/json", HttpStatusCode.NotFound },
        { "/api/actions/close", """{"symbol":"BTCUSDT","side":"short","confirm":true}""", "application/json", HttpStatusCode.NotFound },
        { "/api/actions/close", """{"symbol":"BTCUSDT","side":"long","confirm":"yes"}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/close", """{"symbol":"BTCUSDT","side":"long","confirm":true}""", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "/api/actions/close", """[1,2]""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/close", """{"symbol":""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/close", Oversize, "application/json", HttpStatusCode.RequestEntityTooLarge },
        { "/api/actions/close", """{"previewId":"nope","confirm":true}""", "application/json", HttpStatusCode.NotFound },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","fraction":1.5,"confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","fraction":0,"confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","amount":-1,"confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","amount":"0.1","confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","amount":1e40,"confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","amount":5000,"confirm":true}""", "application/json", HttpStatusCode.UnprocessableEntity },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","amount":0.1,"fraction":0.1,"confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/stop-loss", """{"symbol":"BTCUSDT","side":"long","distancePercent":150,"confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/stop-loss", """{"symbol":"BTCUSDT","side":"long","confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/actions/cancel-orders", """{"symbol":"BTCUSDT","confirm":true}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/flatten-all", """{"confirm":"flatten all positions"}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/flatten-all", """{}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/killswitch", """{"action":"pause"}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/killswitch", """{"action":"release"}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/mode", """{"mode":"yolo"}""", "application/json", HttpStatusCode.BadRequest },
        { "/api/mode", """{"mode":true}""", "application/json", HttpStatusCode.BadRequest },
    };

    [Fact]
    public async Task EveryBadRequest_IsAProblem4xx_NoOrder_NothingChanged_RefusalAudited()
    {
        await using var h = await ActionsApi.StartAsync(azurite);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        var failures = new List<string>();

        foreach (var (path, body, contentType, expected) in Cases.Select(c => ((string)c[0], (string)c[1], (string)c[2], (HttpStatusCode)c[3])))
        {
            var (status, problem, type) = await h.PostAsync(path, body, contentType: contentType);
            if (status != expected || type != "application/problem+json" || problem.Str("detail").Length == 0)
            {
                failures.Add($"{path} {body[..Math.Min(body.Length, 80)]}: {(int)status} {type} {problem.ToJsonString()}");
            }
        }

        Assert.Empty(failures);
        Assert.Empty(h.Orders);
        Assert.Equal(1.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
        var control = await h.GetAsync("/api/killswitch");
        Assert.Equal(("live", "released"), (control.Str("mode"), control.Str("killSwitch")));
        Assert.Equal(Cases.Count, await h.AuditCountAsync("action.refused"));
        Assert.Empty(await h.AuditAsync());
    }
}
