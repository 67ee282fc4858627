using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Sentinel.Functions.Platform.Invocation;

namespace Sentinel.Functions.Platform.Errors;

/// <summary>
/// The one mapping from exceptions to RFC 9457 problem details. Bad input gets its message back (it describes the
/// caller's request); a dependency that is down gets 503 saying which and why (<see cref="DependencyFailure"/>), so a
/// caller knows to try again; anything unexpected gets a generic 500 — its message may carry details that must not leave
/// the process, so it is only logged.
/// </summary>
internal static partial class ExceptionProblems
{
    public static ProblemDetails Map(Exception exception) => exception switch
    {
        BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message),
        JsonException => Problem(StatusCodes.Status400BadRequest, "Bad request", "The request body is not valid JSON for this endpoint."),
        OperationCanceledException => Problem(StatusCodes.Status499ClientClosedRequest, "Request cancelled", null),
        _ when DependencyFailure.Describe(exception) is { } why => Problem(StatusCodes.Status503ServiceUnavailable, "A dependency is unavailable", why + " Try again shortly."),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred", "See the logs for this invocation id."),
    };

    /// <summary>The answer to an HTTP function that threw: logged when it is a server error, problem details either way.</summary>
    internal static IResult Handle(Exception exception, HttpContext http, InvocationInfo info, ILogger logger)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogDependencyDown(logger, info.FunctionName, http.Request.Method, http.Request.Path, problem.Detail!);
        }
        else if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, exception.GetType().Name, info.FunctionName, http.Request.Method, http.Request.Path);
        }

        return TypedResults.Problem(problem);
    }

    private static ProblemDetails Problem(int status, string title, string? detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionName} answered 503 for {Method} {Path}: {Why}")]
    private static partial void LogDependencyDown(ILogger logger, string functionName, string method, string path, string why);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} in {FunctionName} for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string exceptionType, string functionName, string method, string path);
}
