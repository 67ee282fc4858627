using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Monitoring;

/// <summary>Writes actions of one partition as few entity-group transactions as the 100-action limit allows.</summary>
internal static class TableBatches
{
    public static async Task SubmitAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        foreach (var chunk in actions.Chunk(TableLimits.MaxTransactionActions))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An insert for a new row, else a replace conditional on the ETag it was read with.</summary>
    public static TableTransactionAction ReplaceIfUnchanged(TableEntity entity, TableEntity? current) =>
        current is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.ETag);
}
