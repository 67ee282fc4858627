namespace Bitget.Simulator.Orders;

/// <summary>Why the exchange refused an order operation; each API dialect maps it to its own code.</summary>
public enum RejectReason
{
    SymbolNotFound,
    InvalidParameter,
    MissingParameter,
    DuplicateClientOid,
    InvalidClientOid,
    HedgeParametersOnOneWay,
    WrongPositionType,
    NoPositionToClose,
    SizeStep,
    PriceStep,
    BelowMinimumQuantity,
    BelowMinimumNotional,
    AboveMaximumMarketSize,
    InsufficientBalance,
    OrderNotFound,
    LongStopLossNotBelowMark,
    ShortStopLossNotAboveMark,
    TakeProfitWrongSide,
    TooManyOrders,
    PositionsOrOrdersExist,
    WholePositionPlanExists,
}
