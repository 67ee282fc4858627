namespace Bitget.Simulator.Market;

/// <summary>
/// A USDT-M perpetual contract's trading rules, named as in <c>GET /api/v2/mix/market/contracts</c>:
/// price tick = <see cref="PriceEndStep"/> × 10^-<see cref="PricePlace"/>, size step = <see cref="SizeMultiplier"/>.
/// </summary>
public sealed record ContractSpec(
    string Symbol,
    string BaseCoin,
    decimal InitialPrice,
    int PricePlace = 1,
    decimal PriceEndStep = 1m,
    int VolumePlace = 3,
    decimal SizeMultiplier = 0.001m,
    decimal MinTradeNum = 0.001m,
    decimal MinTradeUsdt = 5m,
    decimal MaxLever = 125m,
    decimal MaintenanceMarginRate = 0.004m,
    decimal TakerFeeRate = 0.0006m,
    decimal MakerFeeRate = 0.0002m,
    decimal? MaxMarketOrderQty = null)
{
    public string QuoteCoin => "USDT";

    /// <summary>Largest market order (<c>maxMarketOrderQty</c>); a million minimum sizes unless set.</summary>
    public decimal MaxMarketQty => MaxMarketOrderQty ?? MinTradeNum * 1_000_000;

    public decimal PriceTick => PriceEndStep * Pow10(-PricePlace);

    public decimal RoundPrice(decimal price) => Math.Round(price / PriceTick, MidpointRounding.AwayFromZero) * PriceTick;

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10m : result * 10m;
        }

        return result;
    }
}
