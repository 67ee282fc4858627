using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bitget.Client.Orders;

/// <summary>
/// Client order ids: at most 32 characters of <c>[A-Za-z0-9_:-]</c>, valid for v2 (≤50) and v3 (≤32, stricter alphabet).
/// Generated as <c>s</c> + milliseconds in base 36 + <c>-</c> + 16 random characters from the injected <see cref="Random"/>.
/// </summary>
public sealed class ClientOid(Random random, TimeProvider timeProvider)
{
    /// <summary>Longest allowed clientOid.</summary>
    public const int MaxLength = 32;

    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly SearchValues<char> Allowed = SearchValues.Create(Alphabet + "_:-");
    private readonly Lock _gate = new();

    /// <summary>A fresh id.</summary>
    public string Next()
    {
        var builder = new StringBuilder("s", MaxLength);
        builder.Append(Base36(timeProvider.GetUtcNow().ToUnixTimeMilliseconds())).Append('-');
        lock (_gate)
        {
            while (builder.Length < MaxLength - 4)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="clientOid"/> is 1–32 characters of <c>[A-Za-z0-9_:-]</c>.</summary>
    public static void Validate(string clientOid, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(clientOid, parameterName);
        if (clientOid.Length is 0 or > MaxLength || clientOid.AsSpan().ContainsAnyExcept(Allowed))
        {
            throw new ArgumentException($"clientOid must be 1-{MaxLength.ToString(CultureInfo.InvariantCulture)} characters of [A-Za-z0-9_:-].", parameterName);
        }
    }

    private static string Base36(long value)
    {
        var chars = new Stack<char>();
        do
        {
            chars.Push(Alphabet[(int)(value % 36)]);
            value /= 36;
        }
        while (value > 0);
        return new string([.. chars]);
    }
}
