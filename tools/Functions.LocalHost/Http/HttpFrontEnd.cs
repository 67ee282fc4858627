using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sentinel.LocalHost.Functions;

namespace Sentinel.LocalHost.Http;

/// <summary>The address callers use: one route per HTTP-triggered function under the route prefix, plus the admin API.</summary>
internal sealed class HttpFrontEnd : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HttpFrontEnd(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<HttpFrontEnd> StartAsync(
        int port, string routePrefix, IReadOnlyList<HostedFunction> functions, Func<IServiceProvider, HttpFunctionProxy> proxy,
        Action<IEndpointRouteBuilder> mapAdmin, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddHttpForwarder();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<HttpFunctionProxy>(proxy);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        var app = builder.Build();
        var forwarding = app.Services.GetRequiredService<HttpFunctionProxy>();
        foreach (var function in functions)
        {
            if (function.Trigger is HttpTrigger trigger)
            {
                var route = app.MapMethods(RouteFor(routePrefix, function.Name, trigger), Methods(trigger), context => forwarding.HandleAsync(context, function, trigger));
                route.WithDisplayName(function.Name);
            }
        }

        mapAdmin(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HttpFrontEnd(app, new Uri(address));
    }

    /// <summary>{routePrefix}/{route}, the route defaulting to the function's name, as the host and the worker both map it.</summary>
    public static string RouteFor(string routePrefix, string functionName, HttpTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(routePrefix);
        ArgumentNullException.ThrowIfNull(trigger);
        var route = (trigger.Route ?? functionName).Trim('/');
        var prefix = routePrefix.Trim('/');
        return prefix.Length == 0 ? "/" + route : $"/{prefix}/{route}";
    }

    /// <summary>Stops taking new requests and lets the ones in flight finish.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string[] Methods(HttpTrigger trigger) =>
        trigger.Methods.Count > 0 ? [.. trigger.Methods] : [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete, HttpMethods.Head, HttpMethods.Options];
}
