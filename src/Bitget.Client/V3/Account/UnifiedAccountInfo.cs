using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Account;

/// <summary>The API key's account from <c>GET /api/v3/account/info</c>.</summary>
internal sealed record UnifiedAccountInfo
{
    /// <summary>User id.</summary>
    [JsonPropertyName("userId")] public string? UserId { get; init; }

    /// <summary>Parent user id (sub-accounts); empty for a main account.</summary>
    [JsonPropertyName("parentId")] public string? ParentId { get; init; }

    /// <summary>IP whitelist, comma-separated.</summary>
    [JsonPropertyName("ips")] public string? Ips { get; init; }

    /// <summary><c>read-only</c> or <c>read-and-write</c>.</summary>
    [JsonPropertyName("permType")] public string? PermissionType { get; init; }

    /// <summary>Granted permissions (e.g. <c>uta_trade</c>).</summary>
    [JsonPropertyName("permissions")] public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Registration time.</summary>
    [JsonPropertyName("regisTime")] public DateTimeOffset? RegisteredAt { get; init; }
}
