using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Worker.Rpc;
using Yarp.ReverseProxy.Forwarder;

namespace Sentinel.LocalHost.Http;

/// <summary>
/// Serves an HTTP-triggered function as the Functions host does with ASP.NET Core integration: check the key,
/// send an InvocationRequest with an empty RpcHttp, and forward the caller's request to the worker's HttpUri
/// with the same invocation id. YARP's forwarder does the forwarding, as in the real host.
/// </summary>
internal sealed class HttpFunctionProxy(
    IHttpForwarder forwarder, HttpMessageInvoker workerClient, Uri workerHttpUri, IFunctionInvoker invoker, FunctionKeys keys)
{
    private static readonly InvocationTransformer Transformer = new();
    private static readonly ForwarderRequestConfig RequestConfig = new() { ActivityTimeout = TimeSpan.FromMinutes(5) };
    private readonly string _destination = workerHttpUri.GetLeftPart(UriPartial.Authority);

    /// <summary>The trigger metadata the host derives from a request: query values, then route values over them.</summary>
    public static Dictionary<string, string> BindingData(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var data = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Query)
        {
            data[name] = values.ToString();
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is not null)
            {
                data[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            }
        }

        return data;
    }

    public async Task HandleAsync(HttpContext context, HostedFunction function, HttpTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(trigger);
        if (!keys.Allows(trigger.AuthLevel, context.Request))
        {
            await Problems.Unauthorized(function.Name, trigger.AuthLevel).ExecuteAsync(context);
            return;
        }

        var invocationId = Guid.NewGuid().ToString();
        var outcome = invoker.InvokeAsync(function, invocationId, new TypedData { Http = new RpcHttp() }, BindingData(context.Request), context.RequestAborted);
        var pending = new PendingInvocation(invocationId, outcome);
        context.Features.Set(pending);

        var error = await forwarder.SendAsync(context, _destination, workerClient, RequestConfig, Transformer);
        if (pending.Failed)
        {
            await Problems.InvocationFailed(function.Name, invocationId).ExecuteAsync(context);
        }
        else if (error != ForwarderError.None)
        {
            var finished = await outcome;
            if (!context.Response.HasStarted)
            {
                var result = finished.Succeeded ? Problems.WorkerUnreachable(function.Name, error) : Problems.InvocationFailed(function.Name, invocationId);
                await result.ExecuteAsync(context);
            }
        }
    }
}
