using Azure;
using Azure.Data.Tables;

namespace Sentinel.Functions.Platform.State.Transactions;

/// <summary>
/// The one way the app submits entity-group transactions: <see cref="TransactionRules"/> first, then the SDK.
/// (<c>TableClient.SubmitTransactionAsync</c> is banned elsewhere in src/ by BannedSymbols.txt.)
/// </summary>
internal static class TableTransactions
{
    /// <summary>Checks and submits one transaction; each sub-response carries its row's new ETag (none for deletes).</summary>
    public static async Task<IReadOnlyList<Response>> SubmitAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        TransactionRules.Check(table.Name, actions);
#pragma warning disable RS0030 // The one sanctioned call: the rules were checked just above.
        var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
#pragma warning restore RS0030
        return response.Value;
    }

    /// <summary>Actions of one partition as few transactions as the 100-action limit allows, one after the other (not atomic as a whole).</summary>
    public static async Task SubmitInChunksAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var chunk in actions.Chunk(TransactionRules.MaxActions))
        {
            await SubmitAsync(table, chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An insert for a new row (<paramref name="readETag"/> is <c>default</c>), else a replace conditional on the ETag it was read with.</summary>
    public static TableTransactionAction ReplaceIfUnchanged(ITableEntity entity, ETag readETag) =>
        readETag == default
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, readETag);
}
