namespace Sentinel.Functions.Platform.Health;

/// <summary>Hosting settings (section <c>Hosting</c>; app setting <c>Hosting__HealthProbeTimeout</c>).</summary>
public sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    /// <summary>How long one health probe may take before it counts as unhealthy.</summary>
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a read (GET) endpoint may take before it answers 503 problem details instead. Writes are never cut
    /// off: an action must not go on unseen after its caller was told it failed.
    /// </summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
