namespace Sentinel.Functions.Hosting.Timers;

/// <summary>The host's invocation request is not what the function's bindings promise; answered with 400.</summary>
public sealed class InvalidInvocationException : Exception
{
    public InvalidInvocationException()
    {
    }

    public InvalidInvocationException(string message)
        : base(message)
    {
    }

    public InvalidInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
