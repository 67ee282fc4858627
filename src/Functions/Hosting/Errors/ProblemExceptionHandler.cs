using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Sentinel.Functions.Hosting.Timers;

namespace Sentinel.Functions.Hosting.Errors;

/// <summary>
/// The one mapping from exceptions to RFC 9457 problem details. Bad input gets its message back (it
/// describes the caller's request); anything unexpected gets a generic 500 — its message may carry
/// details that must not leave the process, so it is only logged.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var problem = Map(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError && exception is not FunctionFailedException)
        {
            logger.LogError(exception, "Unhandled {ExceptionType} for {Method} {Path}", exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        InvalidInvocationException invalid => Problem(StatusCodes.Status400BadRequest, "Invalid invocation request", invalid.Message),
        BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message),
        JsonException => Problem(StatusCodes.Status400BadRequest, "Bad request", "The request body is not valid JSON for this endpoint."),
        FunctionFailedException failed => Problem(StatusCodes.Status500InternalServerError, "Function failed", failed.Message + " See the logs for this invocation id."),
        OperationCanceledException => Problem(StatusCodes.Status499ClientClosedRequest, "Request cancelled", null),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", "See the logs for this invocation id."),
    };

    private static ProblemDetails Problem(int status, string title, string? detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
    };
}
