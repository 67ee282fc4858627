namespace Bitget.Client.Trading;

/// <summary>Trading rules of one contract: what sizes and prices an order may carry.</summary>
/// <param name="Symbol">Contract symbol.</param>
/// <param name="SizeStep">Sizes must be a multiple of this.</param>
/// <param name="MinSize">Smallest order size.</param>
/// <param name="PriceTick">Prices must be a multiple of this.</param>
/// <param name="MaxLeverage">Highest leverage allowed.</param>
/// <param name="MinNotional">Smallest order value in the quote coin, when the exchange sets one.</param>
/// <param name="MaxMarketOrderSize">Largest market order, when the exchange sets one (<c>maxMarketOrderQty</c>).</param>
public sealed record ContractSpec(
    string Symbol,
    decimal SizeStep,
    decimal MinSize,
    decimal PriceTick,
    decimal MaxLeverage,
    decimal? MinNotional,
    decimal? MaxMarketOrderSize = null)
{
    /// <summary>
    /// Rounds a size down to the step; the result may be below <see cref="MinSize"/>, which the caller must check.
    /// Throws <see cref="InvalidOperationException"/> when the spec has no positive step: an order size cannot be
    /// made valid without one, so it is refused rather than sent unrounded.
    /// </summary>
    public decimal RoundSizeDown(decimal size) =>
        SizeStep > 0
            ? decimal.Floor(size / SizeStep) * SizeStep
            : throw new InvalidOperationException($"The {Symbol} contract spec has no positive size step ({SizeStep}); no order size can be derived from it.");

    /// <summary>Rounds a price to the nearest tick.</summary>
    public decimal RoundPrice(decimal price) =>
        PriceTick <= 0 ? price : decimal.Round(price / PriceTick, MidpointRounding.AwayFromZero) * PriceTick;
}
