using Azure;

namespace Sentinel.Functions.Platform.State.Transactions;

/// <summary>
/// A transaction refused before it was sent, as the real service would refuse it (status 400 and the service's
/// error code), so callers handle it like the service's own answer. Nothing was written.
/// </summary>
internal sealed class TransactionRefusedException : RequestFailedException
{
    public TransactionRefusedException(string message)
        : base(message)
    {
    }

    public TransactionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TransactionRefusedException(string errorCode, string message)
        : base(400, $"{message} Refused before sending; nothing was written.", errorCode, null)
    {
    }
}
