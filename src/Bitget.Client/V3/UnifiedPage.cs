using System.Text.Json.Serialization;

namespace Bitget.Client.V3;

/// <summary>v3's <c>{list, cursor}</c> shape; <c>list</c> may be null (read as empty).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed record UnifiedPage<T>
{
    /// <summary>The items as sent (null on an empty account).</summary>
    [JsonPropertyName("list")] public IReadOnlyList<T>? ItemsOrNull { get; init; }

    /// <summary>The items, never null.</summary>
    [JsonIgnore] public IReadOnlyList<T> Items => ItemsOrNull ?? [];

    /// <summary>Cursor for the next page.</summary>
    [JsonPropertyName("cursor")] public string? Cursor { get; init; }
}
