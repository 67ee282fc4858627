using Azure;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring;

/// <summary>The status row as last read or written (its ETag guards the next write; <c>default</c> when there is none yet).</summary>
internal sealed record StoredTick(ETag ETag, TickStatus Status);
