using Bitget.Client.Trading;
using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

public sealed class OrderSizingTests
{
    private static readonly ContractSpec Btc = new("BTCUSDT", 0.001m, 0.001m, 0.1m, 125m, 5m);
    private static readonly SizingLimits Defaults = new(MaxFraction: 0.5m, MaxNotional: 100_000m, MaxOrderNotional: 50_000m, CloseBelowMinimum: true);

    private static ExchangePosition Btc60k(decimal size) => Position(size: size, mark: 60_000m);

    [Theory]
    [InlineData(0.1, 0.25, 0.025, "")]
    [InlineData(0.1234, 0.25, 0.030, "")]
    [InlineData(0.1, 0.9, 0.05, "capped at 50 %")]
    [InlineData(4, 0.5, 1.666, "MaxNotionalPerAction")]
    public void Reduce_RoundsDownToTheStep_WithinTheFractionAndNotionalCaps(double size, double fraction, double expected, string reason)
    {
        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Reduce, (decimal)fraction, 0m), Btc60k((decimal)size), Btc, Defaults);

        Assert.Equal(SizingOutcome.Reduce, sized.Outcome);
        Assert.Equal((decimal)expected, sized.Size);
        Assert.Equal(sized.Size, sized.Slices.Sum());
        Assert.All(sized.Slices, s => Assert.Equal(0m, s % Btc.SizeStep));
        Assert.Contains(reason, sized.Reason ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Reduce_LargerThanTheLargestOrder_IsSplitIntoEvenSlicesWithinIt()
    {
        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Reduce, 0.5m, 0m), Btc60k(3m), Btc, Defaults);

        Assert.Equal(1.5m, sized.Size);
        Assert.Equal([0.75m, 0.75m], sized.Slices);
        Assert.All(sized.Slices, s => Assert.True(s * 60_000m <= 50_000m));
        Assert.Contains("split into 2 orders", sized.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reduce_SliceAboveTheExchangesLargestMarketOrder_IsSplitWithinItSoThePortNeverSplitsAgain()
    {
        var spec = Btc with { MaxMarketOrderSize = 0.5m };

        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Reduce, 0.5m, 0m), Btc60k(3m), spec, Defaults);

        Assert.Equal(1.5m, sized.Size);
        Assert.Equal([0.5m, 0.5m, 0.5m], sized.Slices);
    }

    [Fact]
    public void Reduce_RoundingBelowTheMinimum_ClosesTheWholeSide()
    {
        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Reduce, 0.25m, 0m), Btc60k(0.003m), Btc, Defaults);

        Assert.Equal((SizingOutcome.Close, 0.003m), (sized.Outcome, sized.Size));
        Assert.Contains("below the minimum 0.001", sized.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reduce_BelowTheMinimumNotional_WithCloseBelowMinimumOff_IsSkippedWithTheReason()
    {
        var spec = Btc with { MinNotional = 200m };

        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Reduce, 0.25m, 0m), Btc60k(0.01m), spec, Defaults with { CloseBelowMinimum = false });

        Assert.Equal((SizingOutcome.Skip, 0m), (sized.Outcome, sized.Size));
        Assert.Empty(sized.Slices);
        Assert.Contains("skipped: CloseBelowMinimum is off", sized.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_WithinTheNotionalCap_IsAFlashCloseOfTheWholeSide()
    {
        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Close, 1m, 0m), Btc60k(1m), Btc, Defaults);

        Assert.Equal((SizingOutcome.Close, 1m, (string?)null), (sized.Outcome, sized.Size, sized.Reason));
    }

    [Fact]
    public void Close_AboveTheNotionalCap_BecomesAReduceOfTheCap()
    {
        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Close, 1m, 0m), Btc60k(2m), Btc, Defaults);

        Assert.Equal((SizingOutcome.Reduce, 1.666m), (sized.Outcome, sized.Size));
        Assert.True(sized.Size * 60_000m <= Defaults.MaxNotional);
    }

    [Fact]
    public void Reduce_UsesOnlyWhatIsAvailable()
    {
        var position = Btc60k(1m) with { Available = 0.4m };

        var sized = OrderSizing.Size(new RiskStep(RiskActionKind.Reduce, 0.5m, 0m), position, Btc, Defaults);

        Assert.Equal(0.2m, sized.Size);
    }
}
