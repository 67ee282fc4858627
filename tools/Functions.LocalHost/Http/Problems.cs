using Microsoft.AspNetCore.Http;
using Sentinel.LocalHost.Functions;
using Yarp.ReverseProxy.Forwarder;

namespace Sentinel.LocalHost.Http;

/// <summary>The host's own answers, as RFC 9457 problem details; none of them carries a key or a worker's exception text.</summary>
internal static class Problems
{
    public static IResult Unauthorized(string function, AuthLevel level) => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "A valid key is required",
        detail: $"Function '{function}' has authLevel {level}: send the {(level == AuthLevel.Function ? "function or master" : "master")} key in the x-functions-key header or the code query.");

    public static IResult InvocationFailed(string function, string invocationId) => Results.Problem(
        statusCode: StatusCodes.Status500InternalServerError,
        title: "The function failed",
        detail: $"Invocation {invocationId} of '{function}' failed; the local host's console shows the worker's logs.");

    public static IResult WorkerUnreachable(string function, ForwarderError error) => Results.Problem(
        statusCode: StatusCodes.Status502BadGateway,
        title: "The worker did not answer",
        detail: $"Forwarding to '{function}' failed ({error}).");

    public static IResult UnknownFunction(string name) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such function",
        detail: $"The worker has no function named '{name}'.");

    public static IResult NotForAdmin(string name) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Call HTTP functions on their route",
        detail: $"'{name}' is HTTP-triggered; the admin API runs only functions with other triggers.");
}
