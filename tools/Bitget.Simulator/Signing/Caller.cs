using Bitget.Simulator.Signing;

namespace Bitget.Simulator.Signing;

/// <summary>The API key the authentication middleware accepted for this request.</summary>
public static class Caller
{
    public static string ApiKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[AuthenticationMiddleware.ApiKeyItem] as string
            ?? throw new InvalidOperationException("Private route reached without authentication.");
    }
}
