using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>
/// Per-item outcome of a batch call (<c>successList</c>/<c>failureList</c>). The envelope is <c>00000</c> even
/// when items failed, so callers must read <see cref="Failed"/>.
/// </summary>
internal sealed record BatchResult
{
    /// <summary>Items that succeeded.</summary>
    [JsonPropertyName("successList")] public IReadOnlyList<BatchItemResult>? SucceededOrNull { get; init; }

    /// <summary>Items that failed, with Bitget's code per item.</summary>
    [JsonPropertyName("failureList")] public IReadOnlyList<BatchItemResult>? FailedOrNull { get; init; }

    /// <summary>Items that succeeded, never null.</summary>
    [JsonIgnore] public IReadOnlyList<BatchItemResult> Succeeded => SucceededOrNull ?? [];

    /// <summary>Items that failed, never null.</summary>
    [JsonIgnore] public IReadOnlyList<BatchItemResult> Failed => FailedOrNull ?? [];
}
