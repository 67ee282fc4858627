using Bitget.Simulator.Orders;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V2.Orders;

/// <summary>Classic v2 codes and messages for each rejection (texts as in Bitget's error table and live bodies).</summary>
public static class V2Rejections
{
    public static BitgetErrorException ToError(OrderRejectedException rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var detail = rejection.Detail;
        var (code, message) = rejection.Reason switch
        {
            RejectReason.SymbolNotFound => ("40034", $"Parameter {detail} does not exist"),
            RejectReason.InvalidParameter => ("40020", $"Parameter {detail} error"),
            RejectReason.MissingParameter => ("40019", $"Parameter {detail} cannot be empty"),
            RejectReason.DuplicateClientOid => ("40786", "Duplicate clientOid"),
            RejectReason.InvalidClientOid => ("40304", "clientOid or clientOrderId length cannot greater than 50"),
            RejectReason.HedgeParametersOnOneWay => ("40774", "The order type for unilateral position must also be the unilateral position type."),
            RejectReason.WrongPositionType => ("40019", "Parameter tradeSide cannot be empty"),
            RejectReason.NoPositionToClose => ("22002", "No position to close"),
            RejectReason.SizeStep => ("40808", $"Parameter verification exception {detail}"),
            RejectReason.PriceStep => ("41103", "param price scale error error"),
            RejectReason.BelowMinimumQuantity => ("45111", "less than the minimum order quantity"),
            RejectReason.AboveMaximumMarketSize => ("40762", "The order size is greater than the max open size"),
            RejectReason.BelowMinimumNotional => ("45110", $"less than the minimum amount {detail} USDT"),
            RejectReason.InsufficientBalance => ("40762", "The order amount exceeds the balance"),
            RejectReason.OrderNotFound => ("40768", "Order does not exist"),
            RejectReason.LongStopLossNotBelowMark => ("40917", $"Stop price for long positions please < mark price {detail}"),
            RejectReason.ShortStopLossNotAboveMark => ("45122", $"Short position stop loss price please > mark price {detail}"),
            RejectReason.TakeProfitWrongSide => ("40915", $"Take profit price is on the wrong side of the mark price {detail}"),
            RejectReason.PositionsOrOrdersExist => ("40920", "Position or order exists, the position mode cannot be switched"),
            RejectReason.TooManyOrders => ("40306", "Batch processing orders can only process up to 50"),
            _ => ("40015", "System is abnormal, please try again later"),
        };
        return new BitgetErrorException(code, message);
    }
}
