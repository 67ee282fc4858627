namespace Sentinel.Functions.Platform.State;

/// <summary>The app's tables. Each is created on its first use by an instance (<see cref="StateTableClients"/>), never at start-up.</summary>
internal static class StateTables
{
    public const string Rules = "rules";
    public const string AlertStates = "alertstates";
    public const string Snapshots = "snapshots";
    public const string Outbox = "outbox";
    public const string Audit = "audit";
    public const string Control = "control";
    public const string Leases = "leases";
    public const string PriceHistory = "pricehistory";

    public static IReadOnlyList<string> All { get; } = [Rules, AlertStates, Snapshots, Outbox, Audit, Control, Leases, PriceHistory];
}
