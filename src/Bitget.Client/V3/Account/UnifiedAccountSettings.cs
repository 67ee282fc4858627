using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Account;

/// <summary>Account settings from <c>GET /api/v3/account/settings</c>; <see cref="HoldMode"/> is account-wide in v3.</summary>
internal sealed record UnifiedAccountSettings
{
    /// <summary>User id.</summary>
    [JsonPropertyName("uid")] public string? Uid { get; init; }

    /// <summary>Account mode.</summary>
    [JsonPropertyName("accountMode")] public string? AccountMode { get; init; }

    /// <summary>Asset mode.</summary>
    [JsonPropertyName("assetMode")] public string? AssetMode { get; init; }

    /// <summary>Account level (<c>basic</c>, <c>advanced</c>, …).</summary>
    [JsonPropertyName("accountLevel")] public string? AccountLevel { get; init; }

    /// <summary>One-way or hedge.</summary>
    [JsonPropertyName("holdMode")]
    [JsonConverter(typeof(PositionModeConverter))]
    public PositionMode? HoldMode { get; init; }

    /// <summary>Self-trade prevention mode.</summary>
    [JsonPropertyName("stpMode")] public string? StpMode { get; init; }

    /// <summary>Per-symbol margin mode and leverage.</summary>
    [JsonPropertyName("symbolConfigList")] public IReadOnlyList<UnifiedSymbolConfig>? Symbols { get; init; }

    /// <summary>Per-coin leverage.</summary>
    [JsonPropertyName("coinConfigList")] public IReadOnlyList<UnifiedCoinConfig>? Coins { get; init; }
}
