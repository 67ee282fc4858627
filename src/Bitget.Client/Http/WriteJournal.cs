using System.Runtime.CompilerServices;

namespace Bitget.Client.Http;

/// <summary>
/// Records, for one logical operation (an async flow), whether a write may have reached Bitget: a POST that was
/// accepted, or that failed in a way that does not prove Bitget refused it before processing. A caller that wants to
/// repeat a whole operation elsewhere (the auto-detecting exchange port) may do so only while nothing
/// was written.
/// </summary>
internal static class WriteJournal
{
    private static readonly AsyncLocal<StrongBox<bool>?> Current = new();

    /// <summary>Starts a journal for the current async flow and everything it calls; read its value afterwards.</summary>
    public static StrongBox<bool> Begin()
    {
        var journal = new StrongBox<bool>();
        Current.Value = journal;
        return journal;
    }

    /// <summary>Notes that a write may have been processed (no-op outside a journal).</summary>
    public static void MayHaveWritten()
    {
        if (Current.Value is { } journal)
        {
            Volatile.Write(ref journal.Value, true);
        }
    }
}
