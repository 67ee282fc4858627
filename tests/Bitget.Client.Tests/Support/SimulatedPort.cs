using Bitget.Client.Credentials;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Bitget.Simulator;
using Bitget.Simulator.Accounts;
using Microsoft.Extensions.Time.Testing;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientMode = Bitget.Client.Trading.PositionMode;
using ClientSide = Bitget.Client.Trading.PositionSide;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimMode = Bitget.Simulator.Accounts.PositionMode;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Bitget.Client.Tests.Support;

/// <summary>A simulator on loopback with one account of the given kind and mode, a real client and a port, all on one fake clock.</summary>
public sealed class SimulatedPort : IAsyncDisposable
{
    private SimulatedPort(BitgetSimulator simulator, BitgetClient client, FakeTimeProvider time, SimulatedAccountOptions account)
    {
        Simulator = simulator;
        Client = client;
        Time = time;
        Account = account;
    }

    public BitgetSimulator Simulator { get; }

    public BitgetClient Client { get; }

    public FakeTimeProvider Time { get; }

    public SimulatedAccountOptions Account { get; }

    public string ApiKey => Account.ApiKey;

    public static ExchangePortOptions Options(AccountKindSetting setting = AccountKindSetting.Auto) =>
        new() { AccountKind = setting, ContractSpecTtl = TimeSpan.FromMinutes(10) };

    public static async Task<SimulatedPort> StartAsync(ClientKind kind, ClientMode mode = ClientMode.OneWay, BitgetCredentials? signWith = null, HttpMessageHandler? primaryHandler = null, IReadOnlyList<Simulator.Market.ContractSpec>? contracts = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var account = new SimulatedAccountOptions
        {
            ApiKey = kind == ClientKind.Classic ? "classic-key" : "uta-key",
            Kind = kind == ClientKind.Classic ? SimKind.Classic : SimKind.Unified,
            PositionMode = mode == ClientMode.Hedge ? SimMode.Hedge : SimMode.OneWay,
        };
        var simulator = await BitgetSimulator.StartAsync(new SimulatorOptions { TimeProvider = time, Accounts = [account], EnforceRateLimits = false, Contracts = [.. contracts ?? []] });
        var credentials = new StaticCredentialsProvider(signWith ?? new BitgetCredentials(account.ApiKey, account.Secret, account.Passphrase));
        var client = new BitgetClient(new BitgetClientOptions { BaseAddress = simulator.BaseAddress, RateLimiting = false }, credentials, primaryHandler: primaryHandler, timeProvider: time, random: new Random(7));
        simulator.Prices.Set("BTCUSDT", 60_000m);
        simulator.Prices.Set("ETHUSDT", 3_000m);
        return new SimulatedPort(simulator, client, time, account);
    }

    public IExchangePort CreatePort(ClientKind kind) => kind == ClientKind.Classic
        ? new ClassicExchangePort(Client, Options(), Time)
        : new UnifiedExchangePort(Client, Options(), Time);

    public AutoDetectingExchangePort CreateAutoPort(AccountKindSetting setting = AccountKindSetting.Auto, BitgetCredentials? credentials = null) =>
        new(Client, new StaticCredentialsProvider(credentials ?? new BitgetCredentials(Account.ApiKey, Account.Secret, Account.Passphrase)), Options(setting), Time);

    public PositionSnapshot Seed(string symbol, ClientSide side, decimal size, decimal entryPrice) =>
        Simulator.SeedPosition(symbol, side == ClientSide.Long ? SimSide.Long : SimSide.Short, size, entryPrice);

    public IReadOnlyList<PositionSnapshot> Positions(string symbol) =>
        [.. Simulator.Exchange.Positions(ApiKey).Where(p => p.Symbol == symbol)];

    public PositionSnapshot? Position(string symbol, ClientSide side) =>
        Positions(symbol).SingleOrDefault(p => p.Side == (side == ClientSide.Long ? SimSide.Long : SimSide.Short));

    public string PlaceOrderPath(ClientKind kind) => kind == ClientKind.Classic ? "/api/v2/mix/order/place-order" : "/api/v3/trade/place-order";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
