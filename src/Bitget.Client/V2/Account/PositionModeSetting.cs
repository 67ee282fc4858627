using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Account;

/// <summary>The position mode after <c>POST /api/v2/mix/account/set-position-mode</c>.</summary>
internal sealed record PositionModeSetting
{
    /// <summary>One-way or hedge.</summary>
    [JsonPropertyName("posMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? PositionMode { get; init; }
}
