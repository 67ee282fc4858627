namespace Sentinel.Functions.Actions;

/// <summary>
/// Who acts, for the audit: the principal App Service authentication puts in <c>X-MS-CLIENT-PRINCIPAL-NAME</c> when it
/// is in front of the app; else the name of the function key, when the host tells (its <c>keyid</c> claim on the
/// request's user); else <c>api</c> (a function key whose name the host did not pass on).
/// </summary>
internal static class ActionCaller
{
    public const string KeyIdClaim = "http://schemas.microsoft.com/2017/07/functions/claims/keyid";
    public const string Anonymous = "api";
    private const int MaxLength = 256;

    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"].FirstOrDefault()?.Trim();
        if (!string.IsNullOrEmpty(principal))
        {
            return Bounded(principal);
        }

        var key = context.User?.FindFirst(KeyIdClaim)?.Value?.Trim();
        return string.IsNullOrEmpty(key) ? Anonymous : Bounded("key:" + key);
    }

    private static string Bounded(string name) => name.Length <= MaxLength ? name : name[..MaxLength];
}
