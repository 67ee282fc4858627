using Azure;
using Azure.Data.Tables;
using Bitget.Client.Trading;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>Order intents (<see cref="OrderIntent"/>) in the <c>mitigation</c> table; resolved ones are pruned after <see cref="Retention"/>.</summary>
public sealed class MitigationJournal(RiskTables tables)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);
    private const string Partition = "intent";

    /// <summary>Inserts the intent; when one with its clientOid exists, returns that one instead (the step was claimed before).</summary>
    public async Task<(OrderIntent Intent, bool Created)> BeginAsync(OrderIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.AddEntityAsync(ToEntity(intent), cancellationToken).ConfigureAwait(false);
            return (intent with { ETag = response.Headers.ETag ?? default }, true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await FindAsync(intent.ClientOid, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"Intent {intent.ClientOid} conflicted but cannot be read."), false);
        }
    }

    public async Task<OrderIntent?> FindAsync(string clientOid, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, clientOid, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>Records the outcome; only under the ETag it was read or written with (the lease holder's).</summary>
    public async Task<OrderIntent> CompleteAsync(OrderIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var response = await table.UpdateEntityAsync(ToEntity(intent), intent.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return intent with { ETag = response.Headers.ETag ?? default };
    }

    /// <summary>Unresolved intents of one symbol (normally none; one after a crash or a lost reply).</summary>
    public async Task<IReadOnlyList<OrderIntent>> ListUnresolvedAsync(string symbol, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var found = new List<OrderIntent>();
        var sent = IntentStatus.Sent.ToString();
        var unknown = IntentStatus.Unknown.ToString();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Symbol eq {symbol} and (Status eq {sent} or Status eq {unknown})");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(FromEntity(entity));
        }

        return found;
    }

    /// <summary>
    /// The placed stop-loss or protective-stop step of a symbol that last set the stop <paramref name="orderId"/>; null
    /// when no placed step names it. A v3 stop moved in place keeps the clientOid it was placed with, so only the journal
    /// tells which step holds it now.
    /// </summary>
    public async Task<OrderIntent?> FindLastStopStepAsync(string symbol, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var placed = IntentStatus.Placed.ToString();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Symbol eq {symbol.ToUpperInvariant()} and Status eq {placed}");
        OrderIntent? last = null;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var intent = FromEntity(entity);
            if (intent.Kind is RiskActionKind.StopLoss or RiskActionKind.ProtectiveStop && intent.OrderIds.Contains(orderId) && (last is null || intent.SettlesFrom > last.SettlesFrom))
            {
                last = intent;
            }
        }

        return last;
    }

    /// <summary>Deletes resolved intents created before <paramref name="before"/>; unresolved ones stay until resolved.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and CreatedAt lt {before}");
        var deleted = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 100, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!FromEntity(entity).Unresolved)
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
        }

        return deleted;
    }

    private static TableEntity ToEntity(OrderIntent intent) => new(Partition, intent.ClientOid)
    {
        ["RuleId"] = intent.RuleId,
        ["Stage"] = intent.Stage,
        ["Who"] = intent.Who,
        ["Symbol"] = intent.Symbol.ToUpperInvariant(),
        ["Side"] = intent.Side.ToString(),
        ["Kind"] = intent.Kind.ToString(),
        ["SizeBefore"] = TableValues.Write(intent.SizeBefore),
        ["Slices"] = string.Join(';', intent.Slices.Select(TableValues.Write)),
        ["Status"] = intent.Status.ToString(),
        ["CreatedAt"] = intent.CreatedAt,
        ["OrderIds"] = string.Join(',', intent.OrderIds),
        ["Escalated"] = intent.Escalated,
        ["DoneSlices"] = string.Join(',', intent.DoneSlices),
        ["LastSentAt"] = intent.LastSentAt,
    };

    private static OrderIntent FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("RuleId") ?? string.Empty,
        entity.GetInt32("Stage") ?? 0,
        entity.GetString("Who") ?? string.Empty,
        entity.GetString("Symbol") ?? string.Empty,
        Enum.Parse<PositionSide>(entity.GetString("Side") ?? nameof(PositionSide.Long)),
        Enum.Parse<RiskActionKind>(entity.GetString("Kind") ?? nameof(RiskActionKind.Reduce)),
        TableValues.ReadDecimal(entity.GetString("SizeBefore")) ?? 0m,
        [.. (entity.GetString("Slices") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => TableValues.ReadDecimal(s)!.Value)],
        Enum.Parse<IntentStatus>(entity.GetString("Status") ?? nameof(IntentStatus.Unknown)),
        entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        [.. (entity.GetString("OrderIds") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)])
    {
        ETag = entity.ETag,
        Escalated = entity.GetBoolean("Escalated") ?? false,
        DoneSlices = [.. (entity.GetString("DoneSlices") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)],
        LastSentAt = entity.GetDateTimeOffset("LastSentAt"),
    };
}
