using Bitget.Client.Exchange;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;

namespace Bitget.Client.Tests.Exchange;

/// <summary>Real and documented position payloads through both adapters: sides, modes and "no liquidation price" read right.</summary>
public sealed class PositionMappingFixtureTests
{
    [Fact]
    public async Task Classic_RealPositionWithLiquidationPriceZero_HasNoLiquidationPrice()
    {
        using var client = TestClients.Serving("v2/rest/mix-position-all-position-real.json");
        using var port = new ClassicExchangePort(client, new ExchangePortOptions());

        var position = Assert.Single(await port.GetPositionsAsync());

        Assert.Equal(("LTCUSDT", PositionSide.Long, PositionMode.Hedge, MarginMode.Crossed, 0.1m), (position.Symbol, position.Side, position.Mode, position.MarginMode, position.Size));
        Assert.Null(position.LiquidationPrice);
    }

    [Fact]
    public async Task Classic_DocumentedPosition_KeepsTheExactLiquidationPrice()
    {
        using var client = TestClients.Serving("v2/rest/mix-position-all-position-doc.json");
        using var port = new ClassicExchangePort(client, new ExchangePortOptions());

        var position = Assert.Single(await port.GetPositionsAsync());

        Assert.Equal((PositionSide.Long, PositionMode.Hedge, MarginMode.Isolated), (position.Side, position.Mode, position.MarginMode));
        Assert.Equal(24144.1124161806977798m, position.LiquidationPrice);
    }

    [Theory]
    [InlineData("v3/rest/position-current-position-oneway-real.json", PositionMode.OneWay)]
    [InlineData("v3/rest/position-current-position-hedge-real.json", PositionMode.Hedge)]
    public async Task Unified_RealPositionWithLiquidationPriceZero_HasNoLiquidationPrice(string fixture, PositionMode mode)
    {
        using var client = TestClients.Serving(fixture);
        using var port = new UnifiedExchangePort(client, new ExchangePortOptions());

        var position = Assert.Single(await port.GetPositionsAsync());

        Assert.Equal(("BTCUSDT", PositionSide.Long, mode, 0.001m), (position.Symbol, position.Side, position.Mode, position.Size));
        Assert.Null(position.LiquidationPrice);
    }

    [Fact]
    public void Unified_DemoCoinProductType_IsRefused()
    {
        using var client = TestClients.Serving("v3/rest/position-current-position-hedge-real.json");

        var error = Assert.Throws<ArgumentException>(() => new UnifiedExchangePort(client, new ExchangePortOptions { ProductType = "SUSDT-FUTURES" }));

        Assert.Contains("no v3 category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ProductTypeIsParsedFromItsWireName() =>
        Assert.Equal(ProductType.UsdcFutures, new ExchangePortOptions { ProductType = "usdc-futures" }.GetProductType());

    [Theory]
    [InlineData("SPOT")]
    [InlineData("UsdtFutures")]
    [InlineData("")]
    public void Options_UnknownProductType_IsRefused(string productType) =>
        Assert.Throws<ArgumentException>(new ExchangePortOptions { ProductType = productType }.Validate);
}
