namespace Sentinel.Core.Risk;

/// <summary>One step of a mitigation: its kind and parameter.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Fraction">For <see cref="RiskActionKind.Reduce"/>: the share of the position (0–1, exclusive); 1 for a close; 0 otherwise.</param>
/// <param name="StopDistancePercent">For <see cref="RiskActionKind.StopLoss"/>: the trigger's distance from the mark, in percent.</param>
/// <param name="Amount">For a manual <see cref="RiskActionKind.Reduce"/>: the size to take in base coin, instead of <paramref name="Fraction"/>.</param>
public sealed record RiskStep(RiskActionKind Kind, decimal Fraction, decimal StopDistancePercent, decimal? Amount = null)
{
    /// <summary>The JSON name of the kind (<c>reduce</c>, <c>close</c>, <c>stop_loss</c>, <c>cancel_orders</c>, <c>protective_stop</c>, <c>cancel_stop</c>).</summary>
    public string Name => NameOf(Kind);

    public static string NameOf(RiskActionKind kind) => kind switch
    {
        RiskActionKind.Reduce => "reduce",
        RiskActionKind.Close => "close",
        RiskActionKind.StopLoss => "stop_loss",
        RiskActionKind.ProtectiveStop => "protective_stop",
        RiskActionKind.CancelStop => "cancel_stop",
        _ => "cancel_orders",
    };

    internal static RiskStep From(string type, decimal? percent, decimal? stopDistancePercent) => type switch
    {
        "reduce" => new(RiskActionKind.Reduce, percent!.Value / 100m, 0m),
        "close" => new(RiskActionKind.Close, 1m, 0m),
        "stop_loss" => new(RiskActionKind.StopLoss, 0m, stopDistancePercent!.Value),
        "cancel_orders" => new(RiskActionKind.CancelOrders, 0m, 0m),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A validated action has an unknown type."),
    };
}
