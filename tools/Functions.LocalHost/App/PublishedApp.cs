using System.Text.Json;

namespace Sentinel.LocalHost.App;

/// <summary>
/// A published isolated-worker app as the Functions host sees it: worker.config.json says how to start the
/// worker, host.json gives the HTTP route prefix.
/// </summary>
internal sealed record PublishedApp(string Directory, WorkerDescription Worker, string RoutePrefix)
{
    public const string DefaultRoutePrefix = "api";

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static PublishedApp Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        var workerConfig = Path.Combine(root, "worker.config.json");
        if (!File.Exists(workerConfig))
        {
            throw new LocalHostConfigurationException($"No worker.config.json in {root}: --app must name the output of 'dotnet publish' of an isolated-worker app.");
        }

        var worker = ReadWorkerDescription(workerConfig);
        var hostJson = Path.Combine(root, "host.json");
        var prefix = File.Exists(hostJson) ? ReadRoutePrefix(File.ReadAllText(hostJson)) : DefaultRoutePrefix;
        return new PublishedApp(root, worker, prefix);
    }

    /// <summary>extensions.http.routePrefix, "api" when absent; an empty string means routes sit at the root.</summary>
    public static string ReadRoutePrefix(string hostJson)
    {
        using var document = JsonDocument.Parse(hostJson, Lenient);
        var prefix = document.RootElement.Property("extensions")?.Property("http")?.Property("routePrefix");
        return prefix is { ValueKind: JsonValueKind.String } value ? value.GetString()!.Trim('/') : DefaultRoutePrefix;
    }

    private static WorkerDescription ReadWorkerDescription(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), Lenient);
        var description = document.RootElement.Property("description")
            ?? throw new LocalHostConfigurationException($"{path} has no 'description'.");
        var executable = description.Property("defaultExecutablePath")?.GetString();
        var workerPath = description.Property("defaultWorkerPath")?.GetString();
        if (string.IsNullOrWhiteSpace(executable) || string.IsNullOrWhiteSpace(workerPath))
        {
            throw new LocalHostConfigurationException($"{path} must give description.defaultExecutablePath and description.defaultWorkerPath.");
        }

        return new WorkerDescription(executable, workerPath, Strings(description.Property("arguments")), Strings(description.Property("workerArguments")));
    }

    private static string[] Strings(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } items ? [.. items.EnumerateArray().Select(item => item.GetString() ?? "")] : [];
}

/// <summary>worker.config.json's description: the executable, its own arguments, the worker and the worker's arguments.</summary>
internal sealed record WorkerDescription(string ExecutablePath, string WorkerPath, IReadOnlyList<string> ExecutableArguments, IReadOnlyList<string> WorkerArguments);
