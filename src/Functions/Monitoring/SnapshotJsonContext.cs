using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Sentinel.Functions.Monitoring;

/// <summary>The JSON inside packed rows: decimals as exact JSON numbers, enums by name, nulls left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, IgnoreReadOnlyProperties = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<ExchangeTicker>))]
[JsonSerializable(typeof(List<ExchangePosition>))]
[JsonSerializable(typeof(Dictionary<string, decimal>))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
