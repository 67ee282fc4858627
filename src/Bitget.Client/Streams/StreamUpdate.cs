namespace Bitget.Client.Streams;

/// <summary>One item read from a subscription: a push from Bitget or a REST resync.</summary>
/// <typeparam name="T">The channel's data type.</typeparam>
/// <param name="Kind">Snapshot, update, resynced or gap.</param>
/// <param name="Items">The data rows (empty for a gap).</param>
/// <param name="Timestamp">Bitget's push time (<c>ts</c>), or the local time of a resync.</param>
public sealed record StreamUpdate<T>(StreamUpdateKind Kind, IReadOnlyList<T> Items, DateTimeOffset Timestamp);
