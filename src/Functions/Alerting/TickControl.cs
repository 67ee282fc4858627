using Azure;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting;

/// <summary>What a tick reads from the <c>alerts</c> control partition: the alerting version and the watermarks, each with its ETag.</summary>
internal sealed record TickControl(ETag Version, AccountWatermarks? Watermarks, ETag WatermarksETag);
