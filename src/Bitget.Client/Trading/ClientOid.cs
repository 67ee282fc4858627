using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bitget.Client.Trading;

/// <summary>
/// Client order ids: at most 32 characters of <c>[A-Za-z0-9_:-]</c>, valid for v2 (≤50) and v3 (≤32, stricter alphabet).
/// Generated as <c>s</c> + milliseconds in base 36 + <c>-</c> + random characters. Thread-safe. The randomness is the
/// generator's own: <see cref="RandomNumberGenerator"/> by default, or a <see cref="Random"/> it owns exclusively (a
/// seeded one in tests). It must never be shared with anything else (retry jitter): <see cref="Random"/> is not
/// thread-safe, and one corrupted by concurrent use can return the same draws forever, i.e. duplicate clientOids.
/// </summary>
public sealed class ClientOid
{
    /// <summary>Longest allowed clientOid.</summary>
    public const int MaxLength = 32;

    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly SearchValues<char> Allowed = SearchValues.Create(Alphabet + "_:-");
    private readonly Lock _gate = new();
    private readonly Random? _random;
    private readonly TimeProvider _timeProvider;

    /// <summary>A generator drawing from <see cref="RandomNumberGenerator"/> (thread-safe, unpredictable).</summary>
    public ClientOid(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>A generator drawing from <paramref name="random"/>, which it then owns: pass an instance nothing else uses.</summary>
    public ClientOid(Random random, TimeProvider timeProvider)
        : this(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <summary>A fresh id.</summary>
    public string Next()
    {
        var builder = new StringBuilder("s", MaxLength);
        builder.Append(Base36(_timeProvider.GetUtcNow().ToUnixTimeMilliseconds())).Append('-');
        var tail = new char[MaxLength - 4 - builder.Length];
        if (_random is null)
        {
            RandomNumberGenerator.GetItems(Alphabet, tail);
        }
        else
        {
            lock (_gate)
            {
                _random.GetItems(Alphabet, tail);
            }
        }

        return builder.Append(tail).ToString();
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
