namespace Bitget.Client.Trading;

/// <summary>What a reduce does when its size, rounded down to the step, is below the contract's minimum size or value.</summary>
public enum BelowMinimumPolicy
{
    /// <summary>Send nothing; throw <see cref="OrderSizeBelowMinimumException"/> naming which minimum.</summary>
    Refuse,

    /// <summary>Close the whole side at market instead (flash close), which no minimum applies to.</summary>
    CloseFully,
}
