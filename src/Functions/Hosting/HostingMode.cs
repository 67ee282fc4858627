namespace Sentinel.Functions.Hosting;

/// <summary>How the app is being run.</summary>
public enum HostingMode
{
    /// <summary>Started by the Azure Functions host (FUNCTIONS_CUSTOMHANDLER_PORT is set).</summary>
    CustomHandler,

    /// <summary>Running on its own: own scheduler, own function-key check.</summary>
    Standalone,
}
