using Sentinel.Functions.Hosting.Health;

namespace Sentinel.Functions.Hosting;

/// <summary>
/// Builds the app the same way for every use: under the Functions host, standalone, in tests, and for
/// function.json generation. Features register their services after <c>AddSentinelHosting</c> and declare
/// their functions in <see cref="MapFunctions"/>.
/// </summary>
public static class SentinelApp
{
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="configure">Extra configuration or services, applied before the mode is decided (tests).</param>
    /// <param name="mapExtra">Extra functions to declare (tests).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? mapExtra = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddLocalSettings(Directory.GetCurrentDirectory());
        configure?.Invoke(builder);
        builder.AddSentinelHosting();

        var app = builder.Build();
        app.UseSentinelHosting();
        MapFunctions(app);
        mapExtra?.Invoke(app);
        return app;
    }

    private static void MapFunctions(WebApplication app) => app.MapHealth();
}
