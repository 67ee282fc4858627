namespace Sentinel.Core.Risk;

/// <summary>What a mitigation step does. Every kind can only lower risk: none of them opens or adds to a position.</summary>
public enum RiskActionKind
{
    /// <summary>A reduce-only market order for a share of the position.</summary>
    Reduce,

    /// <summary>Closes the position side at market (flash close).</summary>
    Close,

    /// <summary>Places a whole-position stop-loss, or moves Sentinel's one closer to the mark.</summary>
    StopLoss,

    /// <summary>Cancels the symbol's open orders (resting orders could add to the position).</summary>
    CancelOrders,

    /// <summary>A protective-stop rule places, re-arms or moves its whole-position stop-loss (see <see cref="ProtectiveStopPlanner"/>).</summary>
    ProtectiveStop,

    /// <summary>A protective-stop rule cancels one of its own stops: its position is gone, or a newer stop replaced it.</summary>
    CancelStop,
}
