namespace Sentinel.Functions.Actions;

/// <summary>The <c>actions</c> table: previews (partition <c>preview</c>) and idempotency records (partition <c>idempotency</c>).</summary>
internal static class ActionTables
{
    public const string Actions = "actions";
}
