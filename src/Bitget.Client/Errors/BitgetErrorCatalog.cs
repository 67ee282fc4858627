using System.Collections.Frozen;

namespace Bitget.Client.Errors;

/// <summary>
/// Bitget's documented error codes mapped to a kind and to whether a retry may succeed
/// (BITGET-API.md §4.3, BITGET-UTA-V3.md §4). Classification is by code only, never by message text.
/// </summary>
public static class BitgetErrorCatalog
{
    private static readonly FrozenDictionary<string, (BitgetErrorKind Kind, bool Transient)> Table = Build();

    /// <summary>Codes whose reply proves the request was refused at the gateway, before any matching engine saw it.</summary>
    private static readonly FrozenSet<string> RefusedBeforeProcessing = FrozenSet.ToFrozenSet(
    [
        "429", "40001", "40002", "40003", "40004", "40005", "40006", "40007", "40008", "40009", "40011", "40012",
        "40013", "40014", "40016", "40018", "40024", "40026", "40036", "40037", "40038", "40040", "40041",
        "40084", "40085", "40099", "22010",
    ]);

    /// <summary>Codes that say the key, secret or passphrase in use is wrong, so re-reading them (after a rotation) may help.</summary>
    private static readonly FrozenSet<string> CredentialRejected = FrozenSet.ToFrozenSet(
    [
        "40001", "40002", "40003", "40006", "40009", "40011", "40012", "40036", "40037", "40041",
    ]);

    /// <summary>The kind of a Bitget code; <see cref="BitgetErrorKind.Unknown"/> when the code is not in the table.</summary>
    public static BitgetErrorKind KindOf(string? code) =>
        code is not null && Table.TryGetValue(code, out var entry) ? entry.Kind : BitgetErrorKind.Unknown;

    /// <summary>Whether repeating the same request later may succeed.</summary>
    public static bool IsTransient(string? code) =>
        code is not null && Table.TryGetValue(code, out var entry) && entry.Transient;

    /// <summary>Whether the code proves the request never reached order processing, so resending it cannot duplicate anything.</summary>
    public static bool ProvesNotProcessed(string? code) => code is not null && RefusedBeforeProcessing.Contains(code);

    /// <summary>Whether the code says the credentials themselves were rejected (worth re-reading them once).</summary>
    public static bool IsCredentialRejection(string? code) => code is not null && CredentialRejected.Contains(code);

    private static FrozenDictionary<string, (BitgetErrorKind, bool)> Build()
    {
        var table = new Dictionary<string, (BitgetErrorKind, bool)>(StringComparer.Ordinal);
        Add(table, BitgetErrorKind.RateLimited, transient: true, "429", "25004");
        Add(table, BitgetErrorKind.Authentication, transient: false,
            "40001", "40002", "40003", "40006", "40009", "40011", "40012", "40013", "40014", "40016", "40018",
            "40022", "40023", "40025", "40024", "40026", "40036", "40037", "40038", "40040", "40041", "22010",
            "40000", "40103", "40104", "40111", "25620");
        Add(table, BitgetErrorKind.TimestampExpired, transient: true, "40004", "40005", "40008", "40078");
        Add(table, BitgetErrorKind.WrongEnvironment, transient: false, "40099", "40110", "22030");
        Add(table, BitgetErrorKind.WrongAccountKind, transient: false, "40084", "40085", "25245");
        Add(table, BitgetErrorKind.InsufficientBalance, transient: false,
            "40754", "43012", "40798", "40800", "25202", "25203");
        Add(table, BitgetErrorKind.OrderSizeOutOfRange, transient: false,
            "40762", "45110", "45111", "22034", "43027", "25207", "25208", "25611", "25229", "25230", "25235");
        Add(table, BitgetErrorKind.PositionConflict, transient: false,
            "22002", "40757", "40767", "40773", "40774", "22005", "25225", "25226", "25227", "25231", "25232",
            "25236", "25237", "25242", "25574", "25594", "25599");
        Add(table, BitgetErrorKind.NotFound, transient: false,
            "40768", "43001", "40109", "22001", "43004", "43025", "25204", "24056");
        Add(table, BitgetErrorKind.DuplicateClientOid, transient: false,
            "40786", "40708", "43118", "45034", "50060", "25212");
        Add(table, BitgetErrorKind.InvalidParameter, transient: false,
            "40017", "40019", "40020", "40034", "40808", "41103", "40811", "40813", "40402", "40304", "40305",
            "40306", "40102", "40072", "40787", "40815", "40816", "40917", "45122", "40007", "40404", "25200",
            "25201", "40079", "25205", "25206", "25244", "25610", "25223", "400172");
        Add(table, BitgetErrorKind.Maintenance, transient: false,
            "41114", "43115", "40309", "22004", "25100", "25101", "25102", "25104", "25105", "25013");
        Add(table, BitgetErrorKind.ServerError, transient: true,
            "40010", "40015", "40200", "40725", "45001", "25000", "25001", "25003");
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, (BitgetErrorKind, bool)> table, BitgetErrorKind kind, bool transient, params string[] codes)
    {
        foreach (var code in codes)
        {
            table.Add(code, (kind, transient));
        }
    }
}
