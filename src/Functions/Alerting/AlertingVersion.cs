using Azure;
using Azure.Data.Tables;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// The version of what the tick reads only when it changes: rules, silences, acknowledged states and the risk switches
/// (the mitigation feature bumps it too, and its tick observer reads <see cref="SeenBy"/>). One row in the
/// <c>control</c> table (<c>alerts</c>, <c>version</c>), replaced after every such change (after, so a tick that
/// sees the new version also sees the change), whose ETag is the version. The tick reads it together with the
/// watermarks in one query (<see cref="WatermarkStore.ReadForTickAsync"/>). A row edited by hand in storage is
/// seen at the next change through the API, restart or tick of another instance.
/// </summary>
public sealed class AlertingVersion(StateTableClients tables)
{
    internal const string Partition = "alerts";
    internal const string Row = "version";

    private readonly LazyTableClient _table = tables.Get(StateTables.Control);
    private Seen? _seen;

    public async Task BumpAsync(CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition, Row) { ["Stamp"] = Guid.NewGuid().ToString("N") }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Records the version the tick started at <paramref name="tickStartedAt"/> read, for the observers after the alerts.</summary>
    internal void Saw(DateTimeOffset tickStartedAt, ETag version) => Volatile.Write(ref _seen, new Seen(tickStartedAt, version));

    /// <summary>The version the tick started at <paramref name="tickStartedAt"/> read; null when that tick read none.</summary>
    internal ETag? SeenBy(DateTimeOffset tickStartedAt) => Volatile.Read(ref _seen) is { } seen && seen.TickStartedAt == tickStartedAt ? seen.Version : null;

    private sealed record Seen(DateTimeOffset TickStartedAt, ETag Version);
}
