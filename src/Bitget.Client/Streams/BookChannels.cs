namespace Bitget.Client.Streams;

/// <summary>The channel name of a book depth; v2 and v3 name their book channels alike.</summary>
internal static class BookChannels
{
    internal static string Of(BookDepth depth) => depth switch
    {
        BookDepth.Top1 => "books1",
        BookDepth.Top5 => "books5",
        BookDepth.Full => "books",
        _ => throw new ArgumentOutOfRangeException(nameof(depth), depth, "Unknown book depth."),
    };
}
