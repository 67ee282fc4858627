namespace Bitget.Simulator.Orders;

/// <summary>TP/SL plan kinds: partial (<c>profit_plan</c>, <c>loss_plan</c>) or whole-position (<c>pos_profit</c>, <c>pos_loss</c>).</summary>
public enum PlanType
{
    ProfitPlan,
    LossPlan,
    PositionProfit,
    PositionLoss,
}
