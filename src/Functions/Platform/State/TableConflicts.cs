using Azure;

namespace Sentinel.Functions.Platform.State;

/// <summary>How the Table service says another writer got there first.</summary>
internal static class TableConflicts
{
    /// <summary>
    /// True for 412 (the ETag no longer matches) and for 409 <c>EntityAlreadyExists</c> (an insert found the row):
    /// re-read and decide again, never retry the same write blindly.
    /// </summary>
    public static bool IsConcurrencyConflict(this RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status == 412 || (exception.Status == 409 && exception.ErrorCode == "EntityAlreadyExists");
    }
}
