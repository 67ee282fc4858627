using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Platform.Configuration;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// The mode and kill switch, row (<c>risk</c>, <c>control</c>) of the <c>control</c> table. Until someone sets it,
/// the mode is <c>Sentinel__Mode</c> (default dry-run) and the kill switch is off. Changes are read-modify-write under
/// the row's ETag, so a mode change and a kill switch set at the same moment both stick. Each change bumps the
/// <see cref="AlertingVersion"/>, so the risk observer, which reads the switches only when that changed, sees it next tick
/// (the guard itself reads them fresh before every step).
/// </summary>
public sealed class RiskControlStore(RiskTables tables, IOptions<SentinelOptions> sentinel, AlertingVersion version, TimeProvider timeProvider)
{
    private const string Partition = "risk";
    private const string Row = "control";
    private const int Attempts = 5;

    public RiskControl Default => new(RiskModeNames.TryParse(sentinel.Value.Mode, out var mode) ? mode : RiskMode.DryRun, KillSwitch: false, null, null);

    public async Task<RiskControl> ReadAsync(CancellationToken cancellationToken = default) =>
        (await ReadRowAsync(cancellationToken).ConfigureAwait(false)).Control;

    /// <summary>Sets the mode and/or the kill switch (null leaves it as it is); returns the result.</summary>
    public async Task<RiskControl> SetAsync(RiskMode? mode, bool? killSwitch, string who, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        var table = await tables.GetAsync(RiskTables.Control, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = await ReadRowAsync(cancellationToken).ConfigureAwait(false);
            var next = new RiskControl(mode ?? current.Mode, killSwitch ?? current.KillSwitch, who, timeProvider.GetUtcNow());
            var entity = new TableEntity(Partition, Row)
            {
                ["Mode"] = next.Mode.ToName(), ["KillSwitch"] = next.KillSwitch, ["UpdatedBy"] = next.UpdatedBy, ["UpdatedAt"] = next.UpdatedAt,
            };
            try
            {
                _ = etag is { } match
                    ? await table.UpdateEntityAsync(entity, match, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                    : await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                // After the change, so a tick that sees the new version also sees the new switches.
                await version.BumpAsync(cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (RequestFailedException e) when (RiskTables.IsConflict(e) && attempt < Attempts)
            {
                // Someone changed it meanwhile: apply this change on top of theirs.
            }
        }
    }

    private async Task<(RiskControl Control, ETag? ETag)> ReadRowAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(RiskTables.Control, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return (Default, null);
        }

        var mode = RiskModeNames.TryParse(entity.GetString("Mode"), out var parsed) ? parsed : RiskMode.DryRun;
        return (new RiskControl(mode, entity.GetBoolean("KillSwitch") ?? false, entity.GetString("UpdatedBy"), entity.GetDateTimeOffset("UpdatedAt")), entity.ETag);
    }
}
