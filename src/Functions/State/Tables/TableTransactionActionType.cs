namespace Sentinel.Functions.State.Tables;

/// <summary>The kinds of operation an entity-group transaction may contain.</summary>
public enum TableTransactionActionType
{
    Add,
    UpsertMerge,
    UpsertReplace,
    UpdateMerge,
    UpdateReplace,
    Delete,
}
