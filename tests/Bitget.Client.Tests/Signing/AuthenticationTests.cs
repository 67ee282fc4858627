using Bitget.Client.Credentials;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Simulator.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Signing;

/// <summary>The simulator's signature checks against the client's signing, credential refresh, clock sync and demo header.</summary>
public sealed class AuthenticationTests
{
    private const string Accounts = "/api/v2/mix/account/accounts";
    private const string ServerTime = "/api/v2/public/time";
    private static readonly SimulatedAccountOptions Account = new();

    [Theory]
    [InlineData("secret", "40009")]
    [InlineData("passphrase", "40012")]
    [InlineData("key", "40037")]
    public async Task WrongCredential_AuthenticationKind_ReReadOnceThenGivesUp(string wrong, string code)
    {
        var bad = Wrong(wrong);
        var provider = new RotatingCredentialsProvider(bad, bad);
        await using var h = await SimulatedBitget.StartAsync(credentials: provider);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => h.RunAsync(c => c.Account.GetAccountsAsync()));

        Assert.Equal((BitgetErrorKind.Authentication, code), (ex.Kind, ex.Code));
        Assert.Equal(1, provider.Invalidations);
        Assert.Equal(2, h.Sim.Requests.Count(Accounts));
        Assert.DoesNotContain("sim-secret", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotatedSecret_FirstRejected_ReReadCredentialsSucceed()
    {
        var provider = new RotatingCredentialsProvider(Wrong("secret"), SimulatedBitget.CredentialsOf(Account));
        await using var h = await SimulatedBitget.StartAsync(credentials: provider);

        var accounts = await h.RunAsync(c => c.Account.GetAccountsAsync());

        Assert.Equal(10_000m, Assert.Single(accounts).Available);
        Assert.Equal(1, provider.Invalidations);
        Assert.Equal([400, 200], h.Sim.Requests.For(Accounts).Select(r => r.Status));
    }

    [Theory]
    [InlineData(45)]
    [InlineData(-45)]
    public async Task ClockSkew_ClientSyncsToTheSimulatorClockAndIsAccepted(int skewSeconds)
    {
        var clientTime = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero) - TimeSpan.FromSeconds(skewSeconds));
        await using var h = await SimulatedBitget.StartAsync(clientTime: clientTime);

        var accounts = await h.RunAsync(c => c.Account.GetAccountsAsync());

        Assert.Single(accounts);
        Assert.Equal(1, h.Sim.Requests.Count(ServerTime));
        Assert.Equal(200, Assert.Single(h.Sim.Requests.For(Accounts)).Status);
        Assert.InRange(h.Client.Clock.Offset, TimeSpan.FromSeconds(skewSeconds - 1), TimeSpan.FromSeconds(skewSeconds + 1));
    }

    [Fact]
    public async Task ClockSkew_WithoutUpFrontSync_RejectedOnceThenSyncedAndResent()
    {
        var clientTime = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 11, 59, 15, TimeSpan.Zero));
        await using var h = await SimulatedBitget.StartAsync(configureClient: o => o.SynchronizeClock = false, clientTime: clientTime);

        var accounts = await h.RunAsync(c => c.Account.GetAccountsAsync());

        Assert.Single(accounts);
        Assert.Equal([400, 200], h.Sim.Requests.For(Accounts).Select(r => r.Status));
        Assert.Equal(1, h.Sim.Requests.Count(ServerTime));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task DemoHeader_MatchingTheKey_Accepted(bool demoAccount, bool demoTrading)
    {
        await using var h = await SimulatedBitget.StartAsync(o => o.Accounts[0].Demo = demoAccount, o => o.DemoTrading = demoTrading);

        var accounts = await h.RunAsync(c => c.Account.GetAccountsAsync());

        Assert.Equal(10_000m, Assert.Single(accounts).Available);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task DemoHeader_NotMatchingTheKey_WrongEnvironment40099(bool demoAccount, bool demoTrading)
    {
        await using var h = await SimulatedBitget.StartAsync(o => o.Accounts[0].Demo = demoAccount, o => o.DemoTrading = demoTrading);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => h.RunAsync(c => c.Account.GetAccountsAsync()));

        Assert.Equal((BitgetErrorKind.WrongEnvironment, "40099"), (ex.Kind, ex.Code));
        Assert.Equal(1, h.Sim.Requests.Count(Accounts));
    }

    private static BitgetCredentials Wrong(string part) => part switch
    {
        "secret" => new(Account.ApiKey, "not-the-secret", Account.Passphrase),
        "passphrase" => new(Account.ApiKey, Account.Secret, "not-the-passphrase"),
        _ => new("not-a-key", Account.Secret, Account.Passphrase),
    };
}
