using System.Text.Json.Serialization;

namespace Sentinel.Core.Alerts;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(AlertRuleSetDocument))]
[JsonSerializable(typeof(AlertRuleDocument))]
public sealed partial class AlertRulesJsonContext : JsonSerializerContext;
