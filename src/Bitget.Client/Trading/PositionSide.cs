namespace Bitget.Client.Trading;

/// <summary>The direction of a position, explicit in both one-way and hedge mode.</summary>
public enum PositionSide
{
    /// <summary>Long: profits when the price rises; reduced by selling.</summary>
    Long,

    /// <summary>Short: profits when the price falls; reduced by buying.</summary>
    Short,
}
