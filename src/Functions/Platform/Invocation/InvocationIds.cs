namespace Sentinel.Functions.Platform.Invocation;

/// <summary>Where an invocation id goes: the response header, problem details and every log line of the invocation.</summary>
internal static class InvocationIds
{
    /// <summary>Header our HTTP responses carry so a caller can quote the id found in our logs.</summary>
    public const string ResponseHeader = "x-invocation-id";

    /// <summary>Logging scope key present on every log line of an invocation.</summary>
    public const string ScopeKey = "InvocationId";

    private static readonly object ItemKey = new();

    /// <summary>The current request's invocation id (set by <see cref="InvocationMiddleware"/>), or null outside an invocation.</summary>
    public static string? GetInvocationId(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var id) ? id as string : null;
    }

    internal static void SetInvocationId(this HttpContext context, string id) => context.Items[ItemKey] = id;
}
