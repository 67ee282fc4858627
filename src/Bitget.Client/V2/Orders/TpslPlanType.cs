using Bitget.Client.Json;

namespace Bitget.Client.V2.Orders;

/// <summary><c>planType</c> of <c>POST /api/v2/mix/order/place-tpsl-order</c>.</summary>
internal enum TpslPlanType
{
    /// <summary>Partial take profit (<c>profit_plan</c>); needs a size.</summary>
    [WireName("profit_plan")]
    ProfitPlan,

    /// <summary>Partial stop loss (<c>loss_plan</c>); needs a size.</summary>
    [WireName("loss_plan")]
    LossPlan,

    /// <summary>Trailing stop (<c>moving_plan</c>); needs a size and a range rate.</summary>
    [WireName("moving_plan")]
    MovingPlan,

    /// <summary>Whole-position take profit (<c>pos_profit</c>).</summary>
    [WireName("pos_profit")]
    PositionProfit,

    /// <summary>Whole-position stop loss (<c>pos_loss</c>).</summary>
    [WireName("pos_loss")]
    PositionLoss,
}
