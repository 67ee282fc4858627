using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Sentinel.Functions.Hosting.Keys;

namespace Sentinel.Functions.Hosting;

/// <summary>
/// Tells the developer, once at start, where standalone mode listens and — only when none was configured —
/// the function key generated for this run. Written to the console, not the logs, so the key is not exported.
/// </summary>
public sealed class StandaloneAnnouncer(FunctionKeyStore keys, IHostApplicationLifetime lifetime, IServer server, StandaloneConsole console) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        console.Out.WriteLine($"Sentinel standalone mode listening on {string.Join(", ", addresses)}");
        if (keys.GeneratedKey is { } key)
        {
            console.Out.WriteLine($"No {HostingOptions.FunctionKeySetting} configured; function key for this run: {key}");
            console.Out.WriteLine("Send it as the x-functions-key header or the code query parameter. Set FUNCTION_KEY to choose your own.");
        }
    }
}
