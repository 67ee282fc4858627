using System.Globalization;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;

namespace Bitget.Simulator.Exchange;

/// <summary>The contract's size step, price tick and minimums, as Bitget checks them on order entry.</summary>
internal static class OrderRules
{
    public static void CheckSize(ContractSpec contract, decimal size)
    {
        if (size <= 0)
        {
            throw new OrderRejectedException(RejectReason.InvalidParameter, "size");
        }

        if (Scale(size) > contract.VolumePlace || size % contract.SizeMultiplier != 0)
        {
            throw new OrderRejectedException(RejectReason.SizeStep,
                $"size checkBDScale error value={Format(size)} checkScale={contract.VolumePlace}");
        }
    }

    /// <summary>A market order larger than <c>maxMarketOrderQty</c> is refused, closes included (a big close must be split).</summary>
    public static void CheckMarketSize(ContractSpec contract, OrderKind kind, decimal size)
    {
        if (kind == OrderKind.Market && size > contract.MaxMarketQty)
        {
            throw new OrderRejectedException(RejectReason.AboveMaximumMarketSize, Format(contract.MaxMarketQty));
        }
    }

    public static decimal CheckPrice(ContractSpec contract, decimal? price)
    {
        if (price is not { } value)
        {
            throw new OrderRejectedException(RejectReason.MissingParameter, "price");
        }

        if (value <= 0 || value % contract.PriceTick != 0)
        {
            throw new OrderRejectedException(RejectReason.PriceStep, Format(value));
        }

        return value;
    }

    public static void CheckMinimums(ContractSpec contract, decimal size, decimal price)
    {
        if (size < contract.MinTradeNum)
        {
            throw new OrderRejectedException(RejectReason.BelowMinimumQuantity, Format(contract.MinTradeNum));
        }

        if (size * price < contract.MinTradeUsdt)
        {
            throw new OrderRejectedException(RejectReason.BelowMinimumNotional, Format(contract.MinTradeUsdt));
        }
    }

    private static int Scale(decimal value) => (decimal.GetBits(value / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF;

    private static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
