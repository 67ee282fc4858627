using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// Guard decisions in the append-only <c>audit</c> table, beside the API's rows and in their shape (PartitionKey =
/// UTC day, RowKey = inverted ticks + a unique suffix, so a day lists newest first; <c>Who</c>, <c>Action</c>,
/// <c>Target</c>, <c>At</c>), with the decision's facts as columns. Rows are only ever inserted; a retried insert that
/// finds its row already there counts as written.
/// </summary>
public sealed class MitigationAuditStore(RiskTables tables, TimeProvider timeProvider)
{
    public const string ActionPrefix = "risk.";

    public Task WriteAsync(MitigationRequest request, GuardDecision decision, RiskMode mode, string? reason, IReadOnlyList<string>? orderIds = null, decimal? size = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(new AuditFacts(request.Who, request.RuleId, request.SubjectKey, request.Stage, request.Step.Name, request.ClientOid, request.Manual?.Describe()), decision, mode, reason, orderIds, size, cancellationToken);
    }

    private static long _written;

    public async Task WriteAsync(AuditFacts facts, GuardDecision decision, RiskMode mode, string? reason, IReadOnlyList<string>? orderIds = null, decimal? size = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var table = await tables.GetAsync(RiskTables.Audit, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        // Rows of the same instant keep their write order (newest first) by an inverted per-process sequence.
        var sequence = long.MaxValue - Interlocked.Increment(ref _written);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-"
            + sequence.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        var entity = new TableEntity(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), rowKey)
        {
            ["Who"] = facts.Who,
            ["Action"] = ActionPrefix + decision.ToName(),
            ["Target"] = facts.SubjectKey,
            ["At"] = now,
            ["RuleId"] = facts.RuleId,
            ["Stage"] = facts.Stage,
            ["Step"] = facts.Step,
            ["ClientOid"] = facts.ClientOid,
            ["Mode"] = mode.ToName(),
            ["Reason"] = reason,
            ["Size"] = TableValues.Write(size),
            ["OrderIds"] = orderIds is { Count: > 0 } ? string.Join(',', orderIds) : null,
            ["Overrides"] = facts.Overrides,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Our own earlier attempt landed: the suffix is unique to this call.
        }
    }

    /// <summary>The guard's rows of one UTC day, newest first.</summary>
    public async Task<IReadOnlyList<TableEntity>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Audit, cancellationToken).ConfigureAwait(false);
        var partition = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("Action") is { } action && action.StartsWith(ActionPrefix, StringComparison.Ordinal))
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
