using System.Globalization;
using Azure;
using Azure.Core;

namespace Sentinel.Functions.State.Tables;

public partial class TableClient
{
    /// <summary>
    /// Runs the actions as one entity-group transaction: all succeed or none is applied. Refused before any
    /// I/O, as the real service would refuse them: no actions, more than 100, more than one PartitionKey, the
    /// same RowKey twice, an invalid entity, or a payload over 4 MiB. Returns each action's new ETag
    /// (default for deletes). POST /$batch
    /// </summary>
    public virtual async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.ToList();
        ValidateTransaction(list);
        var batchBoundary = $"batch_{Guid.NewGuid():N}";
        var body = TableBatch.Build(_transport, Name, list, batchBoundary, $"changeset_{Guid.NewGuid():N}");
        if (body.Length > TableLimits.MaxTransactionBytes)
        {
            throw TableValidation.Refuse("RequestBodyTooLarge", $"Transaction on table '{Name}' is {body.Length} bytes; the limit is {TableLimits.MaxTransactionBytes}.");
        }

        using var message = _transport.CreateMessage(RequestMethod.Post, "$batch");
        message.Request.Headers.SetValue("Content-Type", $"multipart/mixed; boundary={batchBoundary}");
        message.Request.Content = RequestContent.Create(body);
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        TableErrors.ThrowIfFailed(response, $"Transaction on table '{Name}'");
        return Outcome(list, TableBatch.ParseResponses(response.Content.ToString()));
    }

    private void ValidateTransaction(List<TableTransactionAction> actions)
    {
        if (actions.Count == 0)
        {
            throw TableValidation.Refuse("EmptyTransaction", $"A transaction on table '{Name}' needs at least one action.");
        }

        if (actions.Count > TableLimits.MaxTransactionActions)
        {
            throw TableValidation.Refuse("TooManyActions", $"A transaction on table '{Name}' has {actions.Count} actions; the limit is {TableLimits.MaxTransactionActions}.");
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            TableValidation.Entity(action.Entity);
            if (!string.Equals(action.Entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw TableValidation.Refuse("CommandsInBatchActOnDifferentPartitions", $"A transaction on table '{Name}' mixes PartitionKeys '{partitionKey}' and '{action.Entity.PartitionKey}'; all actions must share one.");
            }

            if (!rows.Add(action.Entity.RowKey))
            {
                throw TableValidation.Refuse("InvalidDuplicateRow", $"A transaction on table '{Name}' acts twice on RowKey '{action.Entity.RowKey}'.");
            }
        }
    }

    private IReadOnlyList<ETag> Outcome(List<TableTransactionAction> actions, IReadOnlyList<(int Status, ETag? ETag, string Body)> responses)
    {
        var failed = responses.Select((r, index) => (r.Status, r.Body, index)).FirstOrDefault(r => r.Status >= 300);
        if (failed.Status != 0 || responses.Count != actions.Count)
        {
            var (code, detail) = TableErrors.CodeFromBody(failed.Body);
            var index = FailedIndex(detail) ?? (responses.Count == actions.Count ? failed.index : null);
            var blamed = index is { } i && i < actions.Count ? $" at action {i} (RowKey '{actions[i].Entity.RowKey}')" : string.Empty;
            throw new TableTransactionFailedException(failed.Status, code ?? "Unknown", $"Transaction on table '{Name}' failed{blamed}: {failed.Status} {code}; nothing was applied.", index);
        }

        for (var i = 0; i < actions.Count; i++)
        {
            if (responses[i].ETag is { } etag)
            {
                actions[i].Entity.ETag = etag;
            }
        }

        return [.. responses.Select(r => r.ETag ?? default)];
    }

    // The service prefixes the message of a failed transaction with the failing action's index ("3:…").
    private static int? FailedIndex(string? detail)
    {
        var colon = detail?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && int.TryParse(detail.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
