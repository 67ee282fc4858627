using System.Text.Json.Serialization;

namespace Sentinel.Functions.Notifications;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AlertNotification))]
internal sealed partial class NotificationJsonContext : JsonSerializerContext;
