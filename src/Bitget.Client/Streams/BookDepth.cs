namespace Bitget.Client.Streams;

/// <summary>Which book channel to subscribe to.</summary>
public enum BookDepth
{
    /// <summary>Best bid and ask (<c>books1</c>), a snapshot every push.</summary>
    Top1,

    /// <summary>Five levels (<c>books5</c>), a snapshot every push.</summary>
    Top5,

    /// <summary>Full depth (<c>books</c>): a snapshot, then deltas to merge by price.</summary>
    Full,
}
