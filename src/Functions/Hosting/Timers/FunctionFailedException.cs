namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// A function body threw. Already logged with the invocation's scope when raised; answered with a 500
/// that names the function but not the cause, whose message may carry details that must stay in the logs.
/// </summary>
public sealed class FunctionFailedException : Exception
{
    public FunctionFailedException()
    {
    }

    public FunctionFailedException(string message)
        : base(message)
    {
    }

    public FunctionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
