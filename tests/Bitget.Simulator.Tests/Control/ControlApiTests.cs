using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bitget.Simulator.Faults;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Control;

public sealed class ControlApiTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatorHarness.StartAsync();
        _http = new HttpClient { BaseAddress = _h.Sim.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task PostPrice_MovesTheTicker()
    {
        using var response = await _http.PostAsJsonAsync("/sim/prices", new { symbol = "ETHUSDT", price = 2500.5m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2500.5m, _h.Sim.Prices.Last("ETHUSDT"));
    }

    [Fact]
    public async Task PostScript_RunsAMove()
    {
        _h.Sim.Prices.Set("BTCUSDT", 50_000m);

        using var response = await _http.PostAsJsonAsync("/sim/scripts", new { symbol = "BTCUSDT", kind = "move", percent = -10, seconds = 10 });
        _h.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(45_000m, _h.Sim.Prices.Last("BTCUSDT"));
    }

    [Fact]
    public async Task PostPosition_SeedsIt_AndGetPositionsShowsIt()
    {
        using var response = await _http.PostAsJsonAsync("/sim/positions", new { symbol = "BTCUSDT", side = "Short", size = 0.25m, entryPrice = 61_000m });
        var positions = await _http.GetFromJsonAsync<JsonElement>("/sim/positions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Short", positions[0].GetProperty("side").GetString());
        Assert.Equal(0.25m, positions[0].GetProperty("size").GetDecimal());
    }

    [Fact]
    public async Task PostFault_InjectsIt_DeleteClearsIt()
    {
        using var added = await _http.PostAsJsonAsync("/sim/faults", new { path = "/api/v2/public/time", kind = "Maintenance", times = 5 });
        var faulted = await _h.Client.PublicGetAsync("/api/v2/public/time");
        using var cleared = await _http.DeleteAsync(new Uri("/sim/faults", UriKind.Relative));
        var healthy = await _h.Client.PublicGetAsync("/api/v2/public/time");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("40200", faulted.Code);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        healthy.EnsureOk();
        Assert.Empty(_h.Sim.Faults.Rules);
    }

    [Fact]
    public async Task GetOrders_FiltersByClientOid()
    {
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", clientOid: "ctl-1"))).EnsureOk();
        (await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001", clientOid: "ctl-2"))).EnsureOk();

        var orders = await _http.GetFromJsonAsync<JsonElement>("/sim/orders?clientOid=ctl-2");

        Assert.Equal("ctl-2", Assert.Single(orders.EnumerateArray()).GetProperty("clientOid").GetString());
    }

    [Fact]
    public async Task BadCommand_IsAProblemDetails400()
    {
        using var response = await _http.PostAsJsonAsync("/sim/prices", new { symbol = "NOPE", price = 1m });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetRequests_ListsWhatTheSimulatorReceived()
    {
        await _h.Client.PublicGetAsync("/api/v2/public/time");

        var requests = await _http.GetFromJsonAsync<JsonElement>("/sim/requests");

        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("path").GetString() == "/api/v2/public/time");
    }

    [Fact]
    public void FaultCommand_DefaultsToDroppingTheConnectionForLostResponses()
    {
        var rule = new Bitget.Simulator.Control.FaultCommand("/x", FaultKind.LoseResponse, 1, null, null, null, null, null, null).ToRule();

        Assert.Equal((LostResponseMode.DropConnection, 1, 1.0), (rule.LostResponseMode, rule.Times, rule.Probability));
    }
}
