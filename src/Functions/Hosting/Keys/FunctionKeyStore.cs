using System.Security.Cryptography;
using System.Text;

namespace Sentinel.Functions.Hosting.Keys;

/// <summary>
/// The function key standalone mode accepts: <c>FUNCTION_KEY</c> from configuration, or one generated for
/// this run when none is set. The key is compared in constant time and never logged.
/// </summary>
public sealed class FunctionKeyStore
{
    private readonly byte[] _key;

    public FunctionKeyStore(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[HostingOptions.FunctionKeySetting];
        IsGenerated = string.IsNullOrWhiteSpace(configured);
        var key = IsGenerated ? Generate() : configured!.Trim();
        _key = Encoding.UTF8.GetBytes(key);
        GeneratedKey = IsGenerated ? key : null;
    }

    /// <summary>True when no key was configured and one was generated for this run.</summary>
    public bool IsGenerated { get; }

    /// <summary>The generated key, to show the developer once; null when the key came from configuration.</summary>
    public string? GeneratedKey { get; }

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _key);

    private static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
