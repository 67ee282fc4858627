using System.Text.RegularExpressions;

namespace Sentinel.Functions.Hosting.Invocation;

/// <summary>Where an invocation id comes from and where it goes.</summary>
public static partial class InvocationIds
{
    /// <summary>Header the Functions host puts on invocation requests (absent on forwarded HTTP requests).</summary>
    public const string HostHeader = "x-azure-functions-invocationid";

    /// <summary>Header our responses carry so a caller can quote the id found in our logs.</summary>
    public const string ResponseHeader = "x-invocation-id";

    /// <summary>Logging scope key present on every log line of an invocation.</summary>
    public const string ScopeKey = "InvocationId";

    private static readonly object ItemKey = new();

    public static string NewId() => Guid.NewGuid().ToString("D");

    /// <summary>The current request's invocation id (set by <see cref="InvocationIdMiddleware"/>).</summary>
    public static string GetInvocationId(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var id) && id is string value ? value : NewId();
    }

    internal static void SetInvocationId(this HttpContext context, string id) => context.Items[ItemKey] = id;

    /// <summary>Takes the host's id only if it looks like one, so a header cannot inject text into logs.</summary>
    internal static string FromHostOrNew(string? hostValue) =>
        hostValue is not null && SafeId().IsMatch(hostValue) ? hostValue : NewId();

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex SafeId();
}
