using Azure;

namespace Sentinel.Functions.State.Tables;

/// <summary>
/// One operation of an entity-group transaction. Updates and deletes are conditional on
/// <paramref name="IfMatch"/>; leave it <see cref="ETag.All"/> only where overwriting is intended.
/// </summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag IfMatch = default)
{
    internal ETag EffectiveIfMatch => IfMatch == default ? ETag.All : IfMatch;
}
