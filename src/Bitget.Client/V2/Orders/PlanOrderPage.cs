using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>A page of pending plans; Bitget sends <c>entrustedList: null</c> when there are none.</summary>
internal sealed record PlanOrderPage
{
    /// <summary>The plans, or null.</summary>
    [JsonPropertyName("entrustedList")] public IReadOnlyList<PlanOrder>? PlansOrNull { get; init; }

    /// <summary>The plans, never null.</summary>
    [JsonIgnore] public IReadOnlyList<PlanOrder> Plans => PlansOrNull ?? [];
}
