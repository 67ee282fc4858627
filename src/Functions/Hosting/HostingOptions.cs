namespace Sentinel.Functions.Hosting;

/// <summary>Hosting settings (section <c>Hosting</c>; environment <c>Hosting__StandaloneUrl</c> etc.).</summary>
public sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    /// <summary>Set by the Functions host; its presence switches the app into custom-handler mode.</summary>
    public const string CustomHandlerPortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The function key standalone mode accepts (never logged).</summary>
    public const string FunctionKeySetting = "FUNCTION_KEY";

    /// <summary>Where standalone mode listens; loopback by default, like <c>func start</c>.</summary>
    public string StandaloneUrl { get; set; } = "http://127.0.0.1:7071";

    /// <summary>How long one health probe may take before it counts as unhealthy.</summary>
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
