using System.ComponentModel.DataAnnotations;

namespace Sentinel.LocalHost;

/// <summary>What the local host serves and how; bound from the command line and the environment (section LocalHost).</summary>
internal sealed class LocalHostOptions
{
    public const string Section = "LocalHost";

    /// <summary>The published isolated-worker app: the folder with worker.config.json, functions.metadata and host.json.</summary>
    [Required(ErrorMessage = "LocalHost:AppDirectory (--app) is required: the folder of a published isolated-worker app")]
    public string AppDirectory { get; set; } = "";

    /// <summary>A local.settings.json-style file whose Values become app settings; defaults to local.settings.json in the app folder.</summary>
    public string? SettingsFile { get; set; }

    /// <summary>The loopback port callers use (0 picks a free one).</summary>
    [Range(0, 65535, ErrorMessage = "LocalHost:Port (--port) must be between 0 and 65535")]
    public int Port { get; set; } = 7071;

    /// <summary>Passes authLevel function and admin, and the admin API.</summary>
    public string? MasterKey { get; set; }

    /// <summary>Passes authLevel function, for every function.</summary>
    public string? FunctionKey { get; set; }

    /// <summary>How long the worker has to connect, initialise and load its functions.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the worker has to exit after WorkerTerminate before it is killed.</summary>
    public TimeSpan TerminateGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Maps the short command-line switches onto this section.</summary>
    public static readonly IReadOnlyDictionary<string, string> Switches = new Dictionary<string, string>
    {
        ["--app"] = $"{Section}:{nameof(AppDirectory)}",
        ["--settings"] = $"{Section}:{nameof(SettingsFile)}",
        ["--port"] = $"{Section}:{nameof(Port)}",
        ["--master-key"] = $"{Section}:{nameof(MasterKey)}",
        ["--function-key"] = $"{Section}:{nameof(FunctionKey)}",
    };
}
