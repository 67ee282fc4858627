using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Trading;

/// <summary>The fee of a fill.</summary>
public sealed record FeeDetail
{
    /// <summary>Whether the fee was paid by deduction (e.g. BGB).</summary>
    [JsonPropertyName("deduction")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? Deduction { get; init; }

    /// <summary>Fee coin.</summary>
    [JsonPropertyName("feeCoin")] public string? FeeCoin { get; init; }

    /// <summary>Deducted fee; null when none.</summary>
    [JsonPropertyName("totalDeductionFee")] public decimal? TotalDeductionFee { get; init; }

    /// <summary>Total fee (negative = paid).</summary>
    [JsonPropertyName("totalFee")] public decimal? TotalFee { get; init; }
}
