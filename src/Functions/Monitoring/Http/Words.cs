using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>Enum values as the HTTP API spells them.</summary>
internal static class Words
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        value.ToString().ToLowerInvariant();

    public static string? Of<T>(T? value)
        where T : struct, Enum =>
        value?.ToString().ToLowerInvariant();

    /// <summary>RateLimited becomes rate-limited.</summary>
    public static string Kebab(TickFailureKind kind) => kind switch
    {
        TickFailureKind.RateLimited => "rate-limited",
        _ => Of(kind),
    };
}
