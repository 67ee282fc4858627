using Sentinel.LocalHost.Tests.Support;
using Sentinel.TestSupport;

namespace Sentinel.LocalHost.Tests.Sentinel;

/// <summary>
/// The Sentinel worker (src/Functions) published once, and one Azurite for the processes that run it. The tests use
/// the app over HTTP only, as a black box: none of its types are referenced.
/// </summary>
public sealed class SentinelAppFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sentinel-worker-tests-" + Guid.NewGuid().ToString("N"));

    public string AppDirectory => Path.Combine(_root, "app");

    public AzuriteFixture Azurite { get; } = new();

    public string Root => _root;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        await Task.WhenAll(
            AppPublisher.PublishAsync(Path.Combine("src", "Functions", "Functions.csproj"), AppDirectory),
            Azurite.InitializeAsync());
    }

    public async Task DisposeAsync()
    {
        await Azurite.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
