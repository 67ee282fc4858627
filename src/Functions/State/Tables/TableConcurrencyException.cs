namespace Sentinel.Functions.State.Tables;

/// <summary>
/// Another writer got there first: the entity's ETag no longer matches (412), or an insert found the
/// entity already there (409). Re-read and decide again; never retry the same write blindly.
/// </summary>
public sealed class TableConcurrencyException : TableRequestException
{
    public TableConcurrencyException()
    {
    }

    public TableConcurrencyException(string message)
        : base(message)
    {
    }

    public TableConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TableConcurrencyException(int status, string errorCode, string message, Exception? innerException = null)
        : base(status, errorCode, message, innerException)
    {
    }
}
