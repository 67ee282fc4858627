namespace Sentinel.Functions.Hosting;

/// <summary>Hosting settings (section <c>Hosting</c>; app setting <c>Hosting__HealthProbeTimeout</c>).</summary>
public sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    /// <summary>How long one health probe may take before it counts as unhealthy.</summary>
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
