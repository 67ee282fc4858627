using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Monitoring;

/// <summary>The status row as read at the start of a tick (its ETag guards the write at the end).</summary>
internal sealed record StoredTick(TableEntity? Row, TickStatus Status);
