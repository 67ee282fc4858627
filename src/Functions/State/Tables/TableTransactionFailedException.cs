namespace Sentinel.Functions.State.Tables;

/// <summary>An entity-group transaction the service refused as a whole; nothing of it was written.</summary>
public sealed class TableTransactionFailedException : TableRequestException
{
    public TableTransactionFailedException()
    {
    }

    public TableTransactionFailedException(string message)
        : base(message)
    {
    }

    public TableTransactionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TableTransactionFailedException(int status, string errorCode, string message, int? failedActionIndex)
        : base(status, errorCode, message)
    {
        FailedActionIndex = failedActionIndex;
    }

    /// <summary>The index of the action the service blamed, when it said which.</summary>
    public int? FailedActionIndex { get; }
}
