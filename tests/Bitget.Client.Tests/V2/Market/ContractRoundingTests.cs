using Bitget.Client.V2.Market;

namespace Bitget.Client.Tests.V2.Market;

/// <summary>v2 contract rules map onto ContractSpec: size rounded down to the step, price to the tick.</summary>
public sealed class ContractRoundingTests
{
    private static FuturesContract Contract(string sizeMultiplier, string minTradeNum, string priceEndStep, int pricePlace) => new()
    {
        Symbol = "BTCUSDT",
        SizeMultiplier = decimal.Parse(sizeMultiplier, System.Globalization.CultureInfo.InvariantCulture),
        MinTradeNum = decimal.Parse(minTradeNum, System.Globalization.CultureInfo.InvariantCulture),
        PriceEndStep = decimal.Parse(priceEndStep, System.Globalization.CultureInfo.InvariantCulture),
        PricePlace = pricePlace,
        MaxLeverage = 125m,
        MinTradeUsdt = 5m,
    };

    [Theory]
    [InlineData("5", 1, "0.5")]
    [InlineData("1", 1, "0.1")]
    [InlineData("1", 0, "1")]
    [InlineData("25", 4, "0.0025")]
    public void PriceTick_IsEndStepTimesTenToMinusPlace(string endStep, int place, string tick) =>
        Assert.Equal(decimal.Parse(tick, System.Globalization.CultureInfo.InvariantCulture), Contract("0.001", "0.001", endStep, place).PriceTick);

    [Fact]
    public void ToContractSpec_MapsEveryRule()
    {
        var spec = Contract("0.01", "0.02", "5", 1).ToContractSpec();

        Assert.Equal("BTCUSDT", spec.Symbol);
        Assert.Equal(0.01m, spec.SizeStep);
        Assert.Equal(0.02m, spec.MinSize);
        Assert.Equal(0.5m, spec.PriceTick);
        Assert.Equal(125m, spec.MaxLeverage);
        Assert.Equal(5m, spec.MinNotional);
    }

    [Theory]
    [InlineData("0.019", "0.01")]
    [InlineData("0.01", "0.01")]
    [InlineData("2293.577", "2293.57")]
    [InlineData("0.009", "0")]
    public void RoundSizeDown_NeverRoundsUp(string size, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Contract("0.01", "0.01", "5", 1).ToContractSpec().RoundSizeDown(decimal.Parse(size, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.01")]
    public void RoundSizeDown_WithoutAPositiveStep_IsRefusedNotPassedThrough(string step)
    {
        var spec = new Bitget.Client.Trading.ContractSpec("BTCUSDT", decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture), 0.001m, 0.1m, 125m, null);

        var ex = Assert.Throws<InvalidOperationException>(() => spec.RoundSizeDown(0.0137m));

        Assert.Contains("BTCUSDT", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("26347.74", "26347.5")]
    [InlineData("26347.75", "26348.0")]
    [InlineData("26347.26", "26347.5")]
    public void RoundPrice_ToNearestTick(string price, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Contract("0.01", "0.01", "5", 1).ToContractSpec().RoundPrice(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));
}
