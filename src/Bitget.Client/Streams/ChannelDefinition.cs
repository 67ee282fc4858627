using System.Text.Json.Serialization.Metadata;

namespace Bitget.Client.Streams;

/// <summary>
/// How one channel's data is read and kept: the JSON type of its <c>data</c> rows, an optional fix-up (v3 pushes name
/// the symbol only in <c>arg</c>), and for private channels the identity and version of a row and the REST resync.
/// </summary>
internal sealed record ChannelDefinition<T>(StreamArg Arg, JsonTypeInfo<IReadOnlyList<T>> Type)
    where T : notnull
{
    public Func<IReadOnlyList<T>, IReadOnlyList<T>>? Map { get; init; }

    /// <summary>Identity of a row (order id, symbol + side); set for private channels only.</summary>
    public Func<T, string>? Key { get; init; }

    /// <summary>Version of a row (its update time in ms); later rows win.</summary>
    public Func<T, long>? Version { get; init; }

    /// <summary>
    /// Reads the full current state from REST, given the rows delivered so far (so orders that ended meanwhile can be
    /// looked up); null when the client has no REST client.
    /// </summary>
    public Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<T>>>? Resync { get; init; }

    public bool IsPrivate => Key is not null;
}

/// <summary>Creates <see cref="ChannelDefinition{T}"/>s with the row type inferred.</summary>
internal static class ChannelDefinition
{
    public static ChannelDefinition<T> Of<T>(StreamArg arg, JsonTypeInfo<IReadOnlyList<T>> type)
        where T : notnull => new(arg, type);
}
