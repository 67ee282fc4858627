namespace Bitget.Simulator.Orders;

/// <summary>A TP/SL plan waits (<c>live</c>), fires (<c>executed</c>) or is cancelled.</summary>
public enum PlanStatus
{
    Live,
    Executed,
    Canceled,
}
