using Bitget.Simulator.Orders;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V3.Orders;

/// <summary>
/// UTA v3 codes for each rejection (the 25xxx family of BITGET-UTA-V3.md §4). Bitget publishes codes, not always exact
/// texts, so messages here are plain descriptions.
/// </summary>
public static class V3Rejections
{
    public static BitgetErrorException ToError(OrderRejectedException rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var detail = rejection.Detail;
        var (code, message) = rejection.Reason switch
        {
            RejectReason.SymbolNotFound => ("25100", $"The symbol {detail} does not exist"),
            RejectReason.InvalidParameter => ("40020", $"Parameter {detail} error"),
            RejectReason.MissingParameter => ("40019", $"Parameter {detail} cannot be empty"),
            RejectReason.DuplicateClientOid => ("25212", "Duplicate clientOid"),
            RejectReason.InvalidClientOid => ("25200", "Parameter clientOid error"),
            RejectReason.HedgeParametersOnOneWay or RejectReason.WrongPositionType => ("25236", "Incorrect position open type"),
            RejectReason.NoPositionToClose => ("25227", "No position to close"),
            RejectReason.SizeStep => ("25610", $"Order quantity precision error {detail}"),
            RejectReason.PriceStep => ("25244", "The price is not a multiple of the price tick"),
            RejectReason.BelowMinimumQuantity => ("25207", "The order quantity is less than the minimum"),
            RejectReason.AboveMaximumMarketSize => ("25208", "The order quantity exceeds the maximum"),
            RejectReason.BelowMinimumNotional => ("25611", $"The order amount is less than the minimum {detail} USDT"),
            RejectReason.InsufficientBalance => ("25202", "Insufficient balance"),
            RejectReason.OrderNotFound => ("25204", "Order does not exist"),
            RejectReason.LongStopLossNotBelowMark or RejectReason.ShortStopLossNotAboveMark => ("25580", $"The stop loss price is on the wrong side of the mark price {detail}"),
            RejectReason.TakeProfitWrongSide => ("25579", $"The take profit price is on the wrong side of the mark price {detail}"),
            RejectReason.PositionsOrOrdersExist => ("25010", "The position mode cannot be switched while positions or orders exist"),
            RejectReason.TooManyOrders => ("25200", "A batch holds at most 20 orders"),
            RejectReason.WholePositionPlanExists => ("25594", "Only one full-position take-profit/stop-loss is allowed per symbol and position side"),
            _ => ("25000", "System error"),
        };
        return new BitgetErrorException(code, message);
    }
}
