using System.Text.Json;
using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Functions;

/// <summary>A function the worker indexed and loaded: its id, its trigger, and the metadata echoed back in the load request.</summary>
internal sealed record HostedFunction(string Name, string Id, FunctionTrigger Trigger, RpcFunctionMetadata Metadata)
{
    /// <summary>Reads the trigger from the worker's raw bindings (JSON, one per binding, the form functions.metadata uses).</summary>
    public static HostedFunction FromMetadata(RpcFunctionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var id = string.IsNullOrEmpty(metadata.FunctionId) ? Guid.NewGuid().ToString() : metadata.FunctionId;
        var trigger = metadata.RawBindings.Select(ParseTrigger).OfType<FunctionTrigger>().FirstOrDefault()
            ?? throw new LocalHostConfigurationException($"Function '{metadata.Name}' has no trigger binding.");
        var echoed = metadata.Clone();
        echoed.FunctionId = id;
        return new HostedFunction(metadata.Name, id, trigger, echoed);
    }

    private static FunctionTrigger? ParseTrigger(string rawBinding)
    {
        using var document = JsonDocument.Parse(rawBinding);
        var binding = document.RootElement;
        var type = binding.Property("type").GetString() ?? "";
        var name = binding.Property("name").GetString() ?? "";
        var direction = binding.Property("direction").GetString() ?? "in";
        if (!type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase) || !direction.Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (type.Equals(HttpTrigger.Type, StringComparison.OrdinalIgnoreCase))
        {
            var methods = binding.Property("methods") is { ValueKind: JsonValueKind.Array } list
                ? list.EnumerateArray().Select(method => method.GetString()!.ToUpperInvariant()).ToArray()
                : [];
            return new HttpTrigger(name, ParseAuthLevel(binding.Property("authLevel").GetString()), methods, binding.Property("route").GetString());
        }

        if (type.Equals(TimerTrigger.Type, StringComparison.OrdinalIgnoreCase))
        {
            var runOnStartup = binding.Property("runOnStartup") is { ValueKind: JsonValueKind.True };
            return new TimerTrigger(name, binding.Property("schedule").GetString() ?? "", runOnStartup);
        }

        return new OtherTrigger(name, type);
    }

    private static AuthLevel ParseAuthLevel(string? value) =>
        value is null ? AuthLevel.Function
        : Enum.TryParse<AuthLevel>(value, ignoreCase: true, out var level) ? level
        : throw new LocalHostConfigurationException($"Unknown authLevel '{value}'.");
}

/// <summary>The trigger binding of a function; the binding's name is the parameter the worker binds the input to.</summary>
internal abstract record FunctionTrigger(string BindingName);

internal sealed record HttpTrigger(string BindingName, AuthLevel AuthLevel, IReadOnlyList<string> Methods, string? Route) : FunctionTrigger(BindingName)
{
    public const string Type = "httpTrigger";
}

internal sealed record TimerTrigger(string BindingName, string Schedule, bool RunOnStartup) : FunctionTrigger(BindingName)
{
    public const string Type = "timerTrigger";
}

/// <summary>A trigger the local host does not fire by itself (queues, blobs, ...); the admin API can still run it.</summary>
internal sealed record OtherTrigger(string BindingName, string TriggerType) : FunctionTrigger(BindingName);

/// <summary>The HTTP trigger's authLevel, as the Functions host checks it.</summary>
internal enum AuthLevel
{
    Anonymous,
    User,
    Function,
    System,
    Admin,
}
