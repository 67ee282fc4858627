namespace Sentinel.Functions.Platform.Http;

/// <summary>
/// Who made a change, for the audit log: the principal the platform authenticated (App Service
/// authentication's <c>x-ms-client-principal-name</c>) or, with function keys only, <c>api</c> — the Functions
/// host does not tell the worker which key was used.
/// </summary>
internal static class Caller
{
    public const string Anonymous = "api";

    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Request.Headers["x-ms-client-principal-name"].FirstOrDefault();
        return string.IsNullOrWhiteSpace(name) ? Anonymous : name.Trim()[..Math.Min(name.Trim().Length, 256)];
    }
}
