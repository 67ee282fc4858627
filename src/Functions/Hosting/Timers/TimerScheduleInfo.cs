using System.Text.Json.Serialization;

namespace Sentinel.Functions.Hosting.Timers;

/// <summary>The <c>Schedule</c> member of the host's timer info.</summary>
public sealed record TimerScheduleInfo
{
    [JsonPropertyName("AdjustForDST")]
    public bool AdjustForDst { get; init; } = true;
}
