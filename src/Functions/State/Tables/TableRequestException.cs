namespace Sentinel.Functions.State.Tables;

/// <summary>
/// A Table request that was refused, by the service (status and error code from its answer) or by this
/// client before any I/O (status 0, a client error code). Messages name tables and keys, never credentials.
/// </summary>
public class TableRequestException : Exception
{
    public TableRequestException()
    {
    }

    public TableRequestException(string message)
        : base(message)
    {
    }

    public TableRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TableRequestException(int status, string errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status of the service's answer; 0 when there was none (refused here, or the service was unreachable).</summary>
    public int Status { get; }

    /// <summary>The service's error code (e.g. <c>EntityAlreadyExists</c>) or this client's (e.g. <c>InvalidKey</c>).</summary>
    public string ErrorCode { get; } = string.Empty;

    /// <summary>True when this client refused the request before any I/O, as the service would have.</summary>
    public bool IsClientValidation { get; init; }
}
