using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Sentinel.Functions.Mitigation;

namespace Sentinel.Functions.Actions;

/// <summary>
/// The action API's own rows in the append-only <c>audit</c> table, in the shape of the others (PartitionKey = UTC day,
/// RowKey = inverted ticks + a unique suffix; <c>Who</c>, <c>Action</c>, <c>Target</c>, <c>At</c>) plus <c>Kind</c>,
/// <c>Outcome</c> and <c>Reason</c>: refusals, previews, switch changes and flatten-all requests. What the guard
/// decides it audits itself (<c>risk.*</c> rows).
/// </summary>
public sealed class ActionAuditStore(RiskTables tables, TimeProvider timeProvider)
{
    public async Task WriteAsync(string who, string action, string target, string kind, string outcome, string? reason, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Audit, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        var entity = new TableEntity(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), rowKey)
        {
            ["Who"] = who, ["Action"] = action, ["Target"] = target, ["At"] = now, ["Kind"] = kind, ["Outcome"] = outcome,
            ["Reason"] = reason is { Length: > 2000 } ? reason[..2000] : reason,
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
}
