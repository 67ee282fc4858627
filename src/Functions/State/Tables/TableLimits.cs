namespace Sentinel.Functions.State.Tables;

/// <summary>The Table service's documented limits, enforced by this client before any I/O.</summary>
public static class TableLimits
{
    /// <summary>Keys may be 1 KiB: 512 UTF-16 characters (Azurite enforces the same).</summary>
    public const int MaxKeyLength = 512;
    public const int MaxPropertyCount = 255;
    public const int SystemPropertyCount = 3;
    public const int MaxPropertyNameLength = 255;
    /// <summary>64 KiB of UTF-16.</summary>
    public const int MaxStringLength = 32 * 1024;
    public const int MaxBinaryLength = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxTransactionActions = 100;
    public const int MaxTransactionBytes = 4 * 1024 * 1024;
}
