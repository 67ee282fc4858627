using System.Text.Json;
using Azure.Data.Tables;

namespace Sentinel.Functions.Platform.State.Transactions;

/// <summary>
/// The entity-group transaction rules of the real Table service that Azurite does not enforce (one PartitionKey,
/// at most 100 operations, at most 4 MiB of payload), plus the ones it does (not empty, each row once), checked
/// before anything is sent so a test against Azurite cannot pass what Azure would refuse. Written by hand because
/// the SDK leaves these checks to the service.
/// </summary>
internal static class TransactionRules
{
    public const int MaxActions = 100;
    public const long MaxPayloadBytes = 4L * 1024 * 1024;

    // Per operation in the multipart body: boundary, MIME headers, the request line with the entity's URL, the
    // OData headers and If-Match. Generous, so the estimate errs towards refusing.
    internal const int OperationOverheadBytes = 1024;

    /// <summary>Throws <see cref="TransactionRefusedException"/> naming the broken rule; returns the estimated payload size.</summary>
    public static long Check(string table, IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            throw new TransactionRefusedException("InvalidInput", $"A transaction on table '{table}' needs at least one action.");
        }

        if (actions.Count > MaxActions)
        {
            throw new TransactionRefusedException("InvalidInput", $"A transaction on table '{table}' has {actions.Count} actions; the limit is {MaxActions}.");
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        long payload = 0;
        foreach (var action in actions)
        {
            var entity = action.Entity;
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new TransactionRefusedException("CommandsInBatchActOnDifferentPartitions", $"A transaction on table '{table}' mixes PartitionKeys '{partitionKey}' and '{entity.PartitionKey}'; all actions must share one.");
            }

            if (!rows.Add(entity.RowKey))
            {
                throw new TransactionRefusedException("InvalidDuplicateRow", $"A transaction on table '{table}' acts twice on RowKey '{entity.RowKey}'.");
            }

            payload += OperationOverheadBytes + (3 * (entity.PartitionKey.Length + entity.RowKey.Length)) + BodyBytes(action);
        }

        if (payload > MaxPayloadBytes)
        {
            throw new TransactionRefusedException("RequestBodyTooLarge", $"A transaction on table '{table}' is about {payload} bytes; the limit is {MaxPayloadBytes}.");
        }

        return payload;
    }

    private static long BodyBytes(TableTransactionAction action)
    {
        if (action.ActionType == TableTransactionActionType.Delete || action.Entity is not IDictionary<string, object> properties)
        {
            return 0;
        }

        long bytes = 0;
        foreach (var (name, value) in properties)
        {
            // The JSON of the property plus room for its "@odata.type" annotation.
            bytes += name.Length + 48 + (value is null ? 4 : JsonSerializer.SerializeToUtf8Bytes(value, value.GetType()).Length);
        }

        return bytes;
    }
}
