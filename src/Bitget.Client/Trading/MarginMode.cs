namespace Bitget.Client.Trading;

/// <summary>How margin is shared between positions.</summary>
public enum MarginMode
{
    /// <summary>Cross margin (<c>crossed</c>): the whole account backs the position.</summary>
    Crossed,

    /// <summary>Isolated margin (<c>isolated</c>): only the margin assigned to the position backs it.</summary>
    Isolated,
}
