using System.Text.Json;

namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// The body the Functions host POSTs to <c>/{FunctionName}</c> for a non-HTTP trigger:
/// <c>Data</c> keyed by binding name, <c>Metadata</c> with trigger metadata and <c>sys</c>.
/// </summary>
public sealed record FunctionInvocationRequest
{
    public Dictionary<string, JsonElement> Data { get; init; } = [];

    public Dictionary<string, JsonElement> Metadata { get; init; } = [];
}
