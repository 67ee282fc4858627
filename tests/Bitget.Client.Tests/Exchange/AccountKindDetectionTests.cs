using Bitget.Client.Credentials;
using Bitget.Client.Errors;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Bitget.Simulator;
using Bitget.Client.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientSide = Bitget.Client.Trading.PositionSide;
using SimKind = Bitget.Simulator.Accounts.AccountKind;

namespace Bitget.Client.Tests.Exchange;

/// <summary>Account-kind detection against the simulator: probe, refusals, override, and a mode change under a running key.</summary>
public sealed class AccountKindDetectionTests
{
    private const string Settings = "/api/v3/account/settings";
    private const string ClassicAccounts = "/api/v2/mix/account/accounts";

    [Fact]
    public async Task Detect_ClassicKey_IsClassicAfterASignedV2Proof()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Classic);

        var kind = await new AccountKindDetector(sim.Client).DetectAsync();

        Assert.Equal(ClientKind.Classic, kind);
        Assert.Equal(1, sim.Simulator.Requests.Count(Settings));
        Assert.Equal(200, sim.Simulator.Requests.For(ClassicAccounts).Single().Status);
    }

    [Fact]
    public async Task Detect_UnifiedKey_IsUnifiedWithoutTouchingV2()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Unified);

        var kind = await new AccountKindDetector(sim.Client).DetectAsync();

        Assert.Equal(ClientKind.Unified, kind);
        Assert.Equal(0, sim.Simulator.Requests.Count(ClassicAccounts));
    }

    public static TheoryData<ClientKind, string, string?, string?, string> BadCredentials => new()
    {
        { ClientKind.Classic, "no-such-key", null, null, "40037" },
        { ClientKind.Unified, "no-such-key", null, null, "40037" },
        { ClientKind.Classic, null!, "wrong-secret", null, "40009" },
        { ClientKind.Unified, null!, "wrong-secret", null, "40009" },
        { ClientKind.Classic, null!, null, "wrong-passphrase", "40012" },
        { ClientKind.Unified, null!, null, "wrong-passphrase", "40012" },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task Detect_BadCredentials_IsAnAuthenticationErrorNotAGuess(ClientKind kind, string? key, string? secret, string? passphrase, string code)
    {
        var account = new Simulator.Accounts.SimulatedAccountOptions();
        var prefix = kind == ClientKind.Classic ? "classic" : "uta";
        var bad = new BitgetCredentials(key ?? $"{prefix}-key", secret ?? account.Secret, passphrase ?? account.Passphrase);
        await using var sim = await SimulatedPort.StartAsync(kind, signWith: bad);
        using var port = sim.CreateAutoPort(credentials: bad);

        var error = await Assert.ThrowsAsync<AccountKindDetectionException>(() => port.GetSnapshotAsync());

        Assert.Equal((BitgetErrorKind.Authentication, code), (error.Kind, error.Code));
        Assert.Contains("refused the credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad.Secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(bad.Passphrase, error.ToString(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => port.AccountKind);
    }

    [Fact]
    public async Task Detect_ProbeAnsweredWithServerErrors_IsATransientErrorNotAGuess()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Classic);
        sim.Simulator.Faults.ServerError(Settings, times: null);

        var error = await Assert.ThrowsAsync<AccountKindDetectionException>(() => sim.Time.RunAsync(new AccountKindDetector(sim.Client).DetectAsync()));

        Assert.True(error.IsTransient);
        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sim.Simulator.Requests.Count(ClassicAccounts));
    }

    [Theory]
    [InlineData(AccountKindSetting.Classic, ClientKind.Classic)]
    [InlineData(AccountKindSetting.Unified, ClientKind.Unified)]
    public async Task Override_IsUsedWithoutProbing(AccountKindSetting setting, ClientKind expected)
    {
        await using var sim = await SimulatedPort.StartAsync(expected);
        sim.Seed("BTCUSDT", ClientSide.Long, 0.5m, 60_000m);

        using var port = sim.CreateAutoPort(setting);
        await port.ResolveAccountKindAsync();
        var snapshot = await port.GetSnapshotAsync();

        Assert.Equal(expected, port.AccountKind);
        Assert.Single(snapshot.Positions);
        Assert.Equal(0, sim.Simulator.Requests.Count(Settings));
    }

    [Fact]
    public async Task Override_ThatContradictsTheKey_SurfacesTheRefusalWithoutSwitching()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Unified);
        using var port = sim.CreateAutoPort(AccountKindSetting.Classic);

        var error = await Assert.ThrowsAsync<BitgetApiException>(() => port.GetPositionsAsync());

        Assert.Equal(("40085", BitgetErrorKind.WrongAccountKind), (error.Code, error.Kind));
        Assert.Equal(ClientKind.Classic, port.AccountKind);
        Assert.Equal(0, sim.Simulator.Requests.Count(Settings));
    }

    [Fact]
    public async Task Auto_ProbesOncePerKey()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Unified);
        using var port = sim.CreateAutoPort();
        await port.ResolveAccountKindAsync();

        await port.GetSnapshotAsync();
        await port.GetPositionsAsync();

        Assert.Equal(ClientKind.Unified, port.AccountKind);
        Assert.Equal(1, sim.Simulator.Requests.Count(Settings));
    }

    [Theory]
    [InlineData(ClientKind.Classic, ClientKind.Unified, "/api/v2/mix/position/all-position")]
    [InlineData(ClientKind.Unified, ClientKind.Classic, "/api/v3/position/current-position")]
    public async Task Auto_AfterTheAccountChangesMode_ReprobesAndAnswersFromTheOtherApi(ClientKind before, ClientKind after, string refusedPath)
    {
        await using var sim = await SimulatedPort.StartAsync(before);
        sim.Seed("BTCUSDT", ClientSide.Short, 0.3m, 60_000m);
        using var port = sim.CreateAutoPort();
        Assert.Equal(before, await port.ResolveAccountKindAsync());

        sim.Simulator.Exchange.SetAccountKind(sim.ApiKey, after == ClientKind.Unified ? SimKind.Unified : SimKind.Classic);
        var positions = await port.GetPositionsAsync();

        Assert.Equal(after, port.AccountKind);
        Assert.Equal((ClientSide.Short, 0.3m), (Assert.Single(positions).Side, positions[0].Size));
        Assert.Equal(2, sim.Simulator.Requests.Count(Settings));
        Assert.Equal(1, sim.Simulator.Requests.Count(refusedPath));
    }

    [Fact]
    public async Task Auto_OrderRefusedWith40085_IsPlacedOnceOnTheUnifiedApi()
    {
        await using var sim = await SimulatedPort.StartAsync(ClientKind.Classic);
        sim.Seed("BTCUSDT", ClientSide.Long, 0.5m, 60_000m);
        using var port = sim.CreateAutoPort();
        await port.GetContractSpecsAsync();
        sim.Simulator.Exchange.SetAccountKind(sim.ApiKey, SimKind.Unified);

        var order = Assert.Single(await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest("BTCUSDT", ClientSide.Long, PositionMode.OneWay, MarginMode.Crossed, 0.2m, "switch-1")));

        Assert.Equal(ClientKind.Unified, port.AccountKind);
        Assert.Single(sim.Simulator.OrdersWithClientOid("switch-1"));
        Assert.Equal(ExchangeOrderStatus.Filled, order.Status);
        Assert.Equal(0.3m, sim.Position("BTCUSDT", ClientSide.Long)!.Size);
    }

    [Fact]
    public async Task Auto_ARotatedKey_IsProbedAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var classic = new Simulator.Accounts.SimulatedAccountOptions { ApiKey = "old-classic-key" };
        var unified = new Simulator.Accounts.SimulatedAccountOptions { ApiKey = "new-uta-key", Secret = "new-secret", Passphrase = "new-pass", Kind = SimKind.Unified };
        await using var sim = await BitgetSimulator.StartAsync(new SimulatorOptions { TimeProvider = time, Accounts = [classic, unified], EnforceRateLimits = false });
        var rotating = new SwitchableCredentials(new BitgetCredentials(classic.ApiKey, classic.Secret, classic.Passphrase));
        using var client = new BitgetClient(new BitgetClientOptions { BaseAddress = sim.BaseAddress, RateLimiting = false }, rotating, timeProvider: time, random: new Random(3));
        using var port = new AutoDetectingExchangePort(client, rotating, SimulatedPort.Options(), time);
        Assert.Equal(ClientKind.Classic, await port.ResolveAccountKindAsync());

        rotating.Current = new BitgetCredentials(unified.ApiKey, unified.Secret, unified.Passphrase);
        await port.GetPositionsAsync();

        Assert.Equal(ClientKind.Unified, port.AccountKind);
        Assert.Equal(2, sim.Requests.Count(Settings));
        Assert.Equal(0, sim.Requests.For("/api/v2/mix/position/all-position").Count(r => r.ApiKey == unified.ApiKey));
    }

    private sealed class SwitchableCredentials(BitgetCredentials initial) : IBitgetCredentialsProvider
    {
        public BitgetCredentials Current { get; set; } = initial;

        public ValueTask<BitgetCredentials> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Current);

        public void Invalidate()
        {
        }
    }
}
