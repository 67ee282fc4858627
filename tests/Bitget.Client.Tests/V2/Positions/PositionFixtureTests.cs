using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;

namespace Bitget.Client.Tests.V2.Positions;

/// <summary>Every v2 position fixture parses to exact decimals.</summary>
public sealed class PositionFixtureTests
{
    [Theory]
    [InlineData("v2/rest/mix-position-all-position.json")]
    [InlineData("v2/rest/mix-position-all-position-doc.json")]
    [InlineData("v2/rest/mix-position-single-position.json")]
    [InlineData("v2/rest/mix-position-single-position-doc.json")]
    public async Task Positions_DocShapeParsed(string fixture)
    {
        using var client = TestClients.Serving(fixture);

        var positions = fixture.Contains("single", StringComparison.Ordinal)
            ? await client.Positions.GetAsync("BTCUSDT", "USDT")
            : await client.Positions.GetAllAsync();

        var position = Assert.Single(positions);
        Assert.Equal("BTCUSDT", position.Symbol);
        Assert.Equal(PositionSide.Long, position.HoldSide);
        Assert.Equal(9.6695050093373343m, position.MarginSize);
        Assert.Equal(0.01m, position.Total);
        Assert.Equal(0.09m, position.Locked);
        Assert.Equal(20m, position.Leverage);
        Assert.Equal(25000m, position.OpenPriceAvg);
        Assert.Equal(24144.1124161806977798m, position.LiquidationPrice);
        Assert.Equal(24778.97m, position.BreakEvenPrice);
        Assert.Equal(MarginMode.Isolated, position.MarginMode);
        Assert.Equal(PositionMode.Hedge, position.PositionMode);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1691382137448), position.CreatedAt);
    }

    [Fact]
    public async Task AllPositionsDoc_TakeProfitAndStopLossIds()
    {
        using var client = TestClients.Serving("v2/rest/mix-position-all-position-doc.json");

        var position = Assert.Single(await client.Positions.GetAllAsync());

        Assert.Equal(3m, position.TakeProfit);
        Assert.Equal(2m, position.StopLoss);
        Assert.Equal("11111111", position.StopLossId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1691382137999), position.UpdatedAt);
    }

    [Fact]
    public async Task SinglePositionDoc_AutoMargin()
    {
        using var client = TestClients.Serving("v2/rest/mix-position-single-position-doc.json");

        var position = Assert.Single(await client.Positions.GetAsync("BTCUSDT", "USDT"));

        Assert.Equal("on", position.AutoMargin);
        Assert.Equal("single", position.AssetMode);
    }

    [Fact]
    public async Task AllPositionsReal_StringRequestTimeAndMissingFields()
    {
        using var client = TestClients.Serving("v2/rest/mix-position-all-position-real.json");

        var position = Assert.Single(await client.Positions.GetAllAsync());

        Assert.Equal("LTCUSDT", position.Symbol);
        Assert.Equal(0.1m, position.Total);
        Assert.Equal(72.66m, position.OpenPriceAvg);
        Assert.Equal(-0.004m, position.UnrealizedPnl);
        Assert.Equal(0.001458866276m, position.MarginRatio);
        Assert.Equal(MarginMode.Crossed, position.MarginMode);
        Assert.Null(position.BreakEvenPrice);
        Assert.Null(position.UpdatedAt);
    }

    [Fact]
    public async Task HistoryPosition_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-position-history-position-doc.json");

        var page = await client.Positions.GetHistoryAsync();

        var position = Assert.Single(page.Positions!);
        Assert.Equal("23423432423423234", page.EndId);
        Assert.Equal(32000m, position.OpenAvgPrice);
        Assert.Equal(32500m, position.CloseAvgPrice);
        Assert.Equal(14.1m, position.Pnl);
        Assert.Equal(12.1m, position.NetProfit);
        Assert.Equal(PositionMode.OneWay, position.PositionMode);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1988824171000), position.UpdatedAt);
    }

    [Fact]
    public async Task AllPositions_EmptyArrayWhenFlat()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/position/all-position", System.Net.HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler);

        var positions = await client.Positions.GetAllAsync();

        Assert.Empty(positions);
    }
}
