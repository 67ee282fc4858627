using Sentinel.Core.Alerts;

namespace Sentinel.Core.Tests;

/// <summary>
/// The core is pure, and so are its tests: neither the core nor this project reaches the app, Azure (the Functions
/// worker, storage, Key Vault), ASP.NET Core or the simulator; a reference that would let it is caught here.
/// </summary>
public sealed class CorePurityTests
{
    private static readonly string[] Forbidden = ["Sentinel.Functions", "Sentinel.TestSupport", "Azure.", "Microsoft.Azure.", "Microsoft.AspNetCore", "Bitget.Simulator"];

    [Fact]
    public void SentinelCore_ReferencesNoAppAzureAspNetCoreOrSimulatorAssembly()
    {
        var references = typeof(AlertEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(references, IsForbidden);
    }

    [Fact]
    public void TheCoresTests_RunWithNoAppAzureAspNetCoreOrSimulatorAssemblyBesideThem()
    {
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Select(Path.GetFileNameWithoutExtension);

        Assert.DoesNotContain(assemblies, name => IsForbidden(name!));
    }

    private static bool IsForbidden(string assembly) =>
        Forbidden.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal));
}
