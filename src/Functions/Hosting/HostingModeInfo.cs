namespace Sentinel.Functions.Hosting;

/// <summary>The mode the app was started in, for components that behave differently per mode.</summary>
public sealed record HostingModeInfo(HostingMode Mode);
