using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Http;
using Sentinel.LocalHost.Timers;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Admin;

/// <summary>
/// The host's admin endpoint to run a non-HTTP function on demand: <c>POST /admin/functions/{name}</c> with the
/// master key and an optional <c>{"input": "..."}</c> body. Unlike the real host it answers once the invocation
/// has finished (202 when it succeeded, 500 when it failed), so scripts and tests can rely on the outcome.
/// A timer function runs after any run in progress, never beside it.
/// </summary>
internal sealed class AdminApi(
    IReadOnlyList<HostedFunction> functions, TimerScheduler timers, IFunctionInvoker invoker, FunctionKeys keys, TimeProvider timeProvider)
{
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost("/admin/functions/{name}", RunAsync);

    private async Task<IResult> RunAsync(string name, HttpContext context)
    {
        if (!keys.Allows(AuthLevel.Admin, context.Request))
        {
            return Problems.Unauthorized($"admin/functions/{name}", AuthLevel.Admin);
        }

        var function = functions.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        if (function is null)
        {
            return Problems.UnknownFunction(name);
        }

        if (function.Trigger is HttpTrigger)
        {
            return Problems.NotForAdmin(function.Name);
        }

        var outcome = timers.Find(function.Name) is { } timer
            ? await timer.RunAsync(timeProvider.GetUtcNow(), isPastDue: false, context.RequestAborted)
            : await invoker.InvokeAsync(function, Guid.NewGuid().ToString(), new TypedData { String = await ReadInputAsync(context.Request) }, cancellationToken: context.RequestAborted);
        return outcome.Succeeded ? Results.Accepted() : Problems.InvocationFailed(function.Name, outcome.InvocationId);
    }

    private static async Task<string> ReadInputAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 or null && request.Headers.TransferEncoding.Count == 0)
        {
            return "";
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return body.RootElement.Property("input").GetString() ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
