namespace Functions.Tests.Support;

/// <summary>Which of the app's registrations a <see cref="SentinelTestApp"/> gets.</summary>
internal enum AppScope
{
    /// <summary>Everything the worker registers (<c>SentinelApp.AddServices</c>).</summary>
    Whole,

    /// <summary>The hosting layer alone (health with no probes, problem details, middleware): no features.</summary>
    HostingOnly,

    /// <summary>The monitoring feature and what it stands on (state, secrets, exchange): the tick with no alert or risk observer.</summary>
    MonitoringOnly,
}
