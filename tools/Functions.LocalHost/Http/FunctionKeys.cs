using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Sentinel.LocalHost.Functions;

namespace Sentinel.LocalHost.Http;

/// <summary>
/// The host's key check: authLevel function takes the function key or the master key, admin and system take
/// the master key, anonymous takes nothing. A key comes in the x-functions-key header or the code query.
/// </summary>
internal sealed class FunctionKeys(string? masterKey, string? functionKey)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    public bool HasFunctionKey => !string.IsNullOrEmpty(functionKey);

    public bool HasMasterKey => !string.IsNullOrEmpty(masterKey);

    public bool Allows(AuthLevel level, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (level == AuthLevel.Anonymous)
        {
            return true;
        }

        var presented = Presented(request);
        if (presented is null)
        {
            return false;
        }

        return Matches(presented, masterKey) || (level == AuthLevel.Function && Matches(presented, functionKey));
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        return request.Query.TryGetValue(QueryName, out var code) && !string.IsNullOrEmpty(code) ? code.ToString() : null;
    }

    private static bool Matches(string presented, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
