using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Bitget.Client.Tests.V2;

/// <summary>v2 reads through every simulator fault: retried, and the answer the user gets is the right one.</summary>
public sealed class V2ReadFaultTests : IAsyncLifetime
{
    private const string AllPositions = "/api/v2/mix/position/all-position";
    private const string Ticker = "/api/v2/mix/market/ticker";
    private SimulatedBitget _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatedBitget.StartAsync();
        _h.Sim.Prices.Set("BTCUSDT", 61_000m);
        _h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 0.25m, 60_000m);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [MemberData(nameof(FaultCase.Unprocessed), MemberType = typeof(FaultCase))]
    [MemberData(nameof(FaultCase.LostResponse), MemberType = typeof(FaultCase))]
    public async Task AllPositions_TwoFaultsInARow_RetriedUntilTheRealPositionArrives(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, AllPositions, times: 2);

        var positions = await _h.RunAsync(c => c.Positions.GetAllAsync());

        var position = Assert.Single(positions);
        Assert.Equal(("BTCUSDT", PositionSide.Long, 0.25m), (position.Symbol, position.HoldSide!.Value, position.Total));
        var attempts = _h.Sim.Requests.For(AllPositions);
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts.Take(2), a => Assert.NotNull(a.Fault));
        Assert.Equal((200, null), (attempts[2].Status, attempts[2].Fault));
    }

    [Theory]
    [MemberData(nameof(FaultCase.Unprocessed), MemberType = typeof(FaultCase))]
    [MemberData(nameof(FaultCase.LostResponse), MemberType = typeof(FaultCase))]
    public async Task PublicTicker_OneFault_RetriedAndShowsTheSimulatorsPrice(string fault)
    {
        FaultCase.Inject(_h.Sim.Faults, fault, Ticker, times: 1);

        var ticker = await _h.RunAsync(c => c.Market.GetTickerAsync("BTCUSDT"));

        Assert.Equal(61_000m, ticker!.LastPrice);
        Assert.Equal(2, _h.Sim.Requests.Count(Ticker));
    }

    [Fact]
    public async Task AllPositions_SlowButWithinTheAttemptTimeout_AnsweredWithoutARetry()
    {
        _h.Sim.Faults.Delay(AllPositions, FaultCase.AttemptTimeout - TimeSpan.FromSeconds(2));
        var started = _h.Time.GetUtcNow();

        var positions = await _h.RunAsync(c => c.Positions.GetAllAsync());

        Assert.Equal(0.25m, Assert.Single(positions).Total);
        Assert.Equal(1, _h.Sim.Requests.Count(AllPositions));
        Assert.True(_h.Time.GetUtcNow() - started >= FaultCase.AttemptTimeout - TimeSpan.FromSeconds(2));
    }
}
