using System.Text.Json;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Invocation;

namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// <c>POST /{FunctionName}</c> from the Functions host: reads <c>{"Data":…,"Metadata":…}</c>, runs the
/// function and answers 200 with <c>{"Outputs":{},"Logs":[…],"ReturnValue":null}</c>. Failures surface
/// as problem details with a non-2xx status, which the host records as a failed invocation.
/// </summary>
internal static class TimerInvocationEndpoint
{
    public static async Task HandleAsync(HttpContext context, TimerFunction function)
    {
        var cancellationToken = context.RequestAborted;
        FunctionInvocationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<FunctionInvocationRequest>(context.Request.Body, HostingJson.Options, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new InvalidInvocationException($"The invocation body of '{function.Name}' is not JSON: {exception.Message}", exception);
        }

        if (request is null)
        {
            throw new InvalidInvocationException($"The invocation body of '{function.Name}' is empty.");
        }

        var invoker = context.RequestServices.GetRequiredService<TimerInvoker>();
        var response = await invoker.InvokeAsync(function, request, context.GetInvocationId(), cancellationToken);
        await Results.Json(response, HostingJson.Options).ExecuteAsync(context);
    }
}
