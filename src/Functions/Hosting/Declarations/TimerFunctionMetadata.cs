namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>
/// Endpoint metadata of a timer-triggered function: the endpoint is the one the Functions host
/// POSTs to (<c>/{Name}</c>), and <see cref="Schedule"/> is written verbatim into function.json.
/// </summary>
/// <param name="Name">Function name: the folder of its function.json and the invocation path.</param>
/// <param name="Schedule">Six-field NCRONTAB expression or an app-setting reference such as <c>%MONITOR_SCHEDULE%</c>.</param>
/// <param name="BindingName">Name of the timer binding, the key of the timer info under <c>Data</c>.</param>
public sealed record TimerFunctionMetadata(string Name, string Schedule, string BindingName = TimerFunctionMetadata.DefaultBindingName)
{
    public const string DefaultBindingName = "timer";
}
