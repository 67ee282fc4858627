namespace Bitget.Client.Trading;

/// <summary>What an order does to the position named by its <see cref="PositionSide"/>.</summary>
public enum OrderAction
{
    /// <summary>Opens or adds to the position.</summary>
    Open,

    /// <summary>Reduces or closes the position; can never open the opposite side.</summary>
    Close,
}
