using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Mitigation;

namespace Sentinel.Functions.Actions;

/// <summary>
/// Results by <c>Idempotency-Key</c>. The first request with a key inserts a pending row; the insert is the claim, so of
/// two concurrent repeats only one acts, and the other is told to retry. The result replaces the row under its ETag;
/// a repeat then gets it back unchanged. A key reused for a different request is refused. Rows expire after
/// <see cref="ActionOptions.IdempotencyRetention"/> and are pruned as new ones arrive, so the table does not grow with time.
/// </summary>
public sealed class IdempotencyStore(RiskTables tables, IOptions<ActionOptions> options, TimeProvider timeProvider)
{
    private const string Partition = "idempotency";
    private const int PruneBatch = 20;

    /// <summary>Claims <paramref name="key"/> for the request with <paramref name="fingerprint"/>; or returns the reply a repeat gets.</summary>
    public async Task<(ETag? Claim, ActionReply? Replay)> BeginAsync(string key, string fingerprint, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(ActionTables.Actions, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var row = new TableEntity(Partition, RowKey(key))
        {
            ["Fingerprint"] = fingerprint, ["State"] = "pending", ["ExpiresAt"] = now + options.Value.IdempotencyRetention,
        };
        try
        {
            var added = await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            await PruneAsync(table, now, cancellationToken).ConfigureAwait(false);
            return (added.Headers.ETag, null);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await table.GetEntityAsync<TableEntity>(Partition, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return (null, Replay(existing, fingerprint));
        }
    }

    /// <summary>Stores the reply for the claimed key; a reply that proves nothing happened (5xx) releases the key instead, so a retry may act.</summary>
    public async Task CompleteAsync(string key, ETag claim, string fingerprint, ActionReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var table = await tables.GetAsync(ActionTables.Actions, cancellationToken).ConfigureAwait(false);
        if (reply.Status >= StatusCodes.Status500InternalServerError)
        {
            await table.DeleteEntityAsync(Partition, RowKey(key), claim, cancellationToken).ConfigureAwait(false);
            return;
        }

        var row = new TableEntity(Partition, RowKey(key))
        {
            ["Fingerprint"] = fingerprint, ["State"] = "done", ["Status"] = reply.Status, ["Body"] = reply.Json,
            ["ExpiresAt"] = timeProvider.GetUtcNow() + options.Value.IdempotencyRetention,
        };
        await table.UpdateEntityAsync(row, claim, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A hash of what the request asks, so a key cannot be replayed for another request.</summary>
    public static string Fingerprint(string route, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route + "\n" + body)));

    private static ActionReply Replay(TableEntity existing, string fingerprint)
    {
        if (!string.Equals(existing.GetString("Fingerprint"), fingerprint, StringComparison.Ordinal))
        {
            return ActionReply.Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused", "This Idempotency-Key was used for a different request; use a new key.");
        }

        if (existing.GetString("State") != "done" || JsonNode.Parse(existing.GetString("Body") ?? "{}") is not JsonObject body)
        {
            return ActionReply.Problem(StatusCodes.Status409Conflict, "Request in progress", "A request with this Idempotency-Key is still being processed; retry shortly for its result.");
        }

        return new ActionReply(existing.GetInt32("Status") ?? StatusCodes.Status200OK, body);
    }

    // Keys are the client's text; hashed so that any key is a valid RowKey.
    private static string RowKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static async Task PruneAsync(TableClient table, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ExpiresAt lt {now}");
        var pruned = 0;
        await foreach (var expired in table.QueryAsync<TableEntity>(filter, maxPerPage: PruneBatch, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await table.DeleteEntityAsync(expired.PartitionKey, expired.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            if (++pruned >= PruneBatch)
            {
                break;
            }
        }
    }
}
