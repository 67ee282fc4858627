using System.Net;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Signing;

public sealed class AccountKindTests : IAsyncLifetime
{
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await SimulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task UnifiedKeyOnV2Private_Is40085()
    {
        using var uta = _h.ClientFor(1);

        var reply = await uta.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal((HttpStatusCode.BadRequest, "40085"), (reply.Status, reply.Code));
        Assert.Equal("You are in Unified Account mode, and the Classic Account API is not supported at this time", reply.Msg);
    }

    [Fact]
    public async Task UnifiedKeyOnV2_Is40085_EvenWithAWrongSecretAndPassphrase()
    {
        using var uta = _h.ClientFor(1);
        uta.Secret = "wrong";
        uta.Passphrase = "wrong";

        var reply = await uta.GetAsync(V2Bodies.AllPositions, "productType=USDT-FUTURES");

        Assert.Equal("40085", reply.Code);
    }

    [Fact]
    public async Task ClassicKeyOnV3Private_Is40084()
    {
        var reply = await _h.Client.GetAsync("/api/v3/account/settings");

        Assert.Equal(("40084", "You are in Classic Account mode, and the Unified Account API is not supported at this time"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task UnifiedKeyOnV3_IsAnswered_AndWrongSecretStillFails()
    {
        using var uta = _h.ClientFor(1);

        var settings = (await uta.GetAsync("/api/v3/account/settings")).EnsureOk().Data;
        uta.Secret = "wrong";
        var refused = await uta.GetAsync("/api/v3/account/settings");

        Assert.Equal("unified", settings.GetProperty("accountMode").GetString());
        Assert.Equal("40009", refused.Code);
    }

    [Fact]
    public async Task PublicV2MarketData_ServesEveryone()
    {
        using var uta = _h.ClientFor(1);

        var reply = await uta.GetAsync("/api/v2/mix/market/tickers", "productType=USDT-FUTURES");

        reply.EnsureOk();
    }
}
