namespace Sentinel.Core.Risk;

/// <summary>How a mitigation order was sized.</summary>
public enum SizingOutcome
{
    /// <summary>Reduce-only orders of <see cref="OrderSize.Slices"/>.</summary>
    Reduce,

    /// <summary>Close the whole position side (flash close).</summary>
    Close,

    /// <summary>Nothing can be sent (below the minimum and closing fully is not allowed); <see cref="OrderSize.Reason"/> says why.</summary>
    Skip,
}
