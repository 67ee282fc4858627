using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bitget.Client.Trading;

namespace Sentinel.Core.Risk;

/// <summary>
/// Deterministic clientOids of protective stops: <c>sp</c> + the side (<c>l</c>/<c>s</c>) + 24 hex characters of SHA-256
/// over (symbol, side, position size, position opening time, trigger). The same stop for the same position always gets
/// the same id, so a retry, a second instance or a restart can only find it, never place it twice; a new size, a
/// position opened again or a new trigger is a new stop (Bitget may refuse a clientOid it has seen before). The side is readable from the id itself, so an orphan is recognised without trusting how the exchange spells
/// a plan's side. 27 characters of <c>[a-z0-9]</c>, valid for v2 and v3. Cancels use <c>sx</c> + a hash of the stop's id.
/// A stop that has to be placed again under the same terms (it vanished while its position stayed open, and its
/// clientOid is spent) takes the next generation, derived from the previous id: <c>r</c> + a counter appended
/// (<see cref="Next"/>), at most 32 characters, so a retry of a re-place still finds the stop it may have placed.
/// </summary>
public static class ProtectiveStopClientOid
{
    private const int Length = 27;
    private const int MaxLength = 32;
    private static readonly System.Buffers.SearchValues<char> Hex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static string Create(ExchangePosition position, decimal trigger)
    {
        ArgumentNullException.ThrowIfNull(position);
        var (symbol, side) = (position.Symbol, position.Side);
        var opened = position.OpenedAt?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var material = string.Join('\n', symbol.ToUpperInvariant(), Canonical(position.Size), opened, Canonical(trigger));
        return "sp" + (side == PositionSide.Long ? "l" : "s") + Hash(material);
    }

    /// <summary>The clientOid of the intent that cancels the stop with this exchange id.</summary>
    public static string Cancel(string orderId)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        return "sx" + Hash(orderId);
    }

    /// <summary>The side of the position a stop of ours protects; null when the clientOid is not one of ours.</summary>
    public static PositionSide? SideOf(string? clientOid) =>
        clientOid is { Length: >= Length and <= MaxLength } && clientOid.StartsWith("sp", StringComparison.Ordinal)
            && !clientOid.AsSpan(3, Length - 3).ContainsAnyExcept(Hex) && GenerationOf(clientOid) is not null
            ? clientOid[2] switch { 'l' => PositionSide.Long, 's' => PositionSide.Short, _ => null }
            : null;

    /// <summary>Whether <paramref name="clientOid"/> is, in any generation, the stop <see cref="Create"/> names for this position and trigger.</summary>
    public static bool IsFor(string? clientOid, ExchangePosition position, decimal trigger) =>
        SideOf(clientOid) is not null && string.Equals(clientOid![..Length], Create(position, trigger), StringComparison.Ordinal);

    /// <summary>The next generation of a stop's clientOid: the same stop, placed once more under an id not yet spent.</summary>
    public static string Next(string clientOid)
    {
        if (SideOf(clientOid) is null)
        {
            throw new ArgumentException($"'{clientOid}' is not the clientOid of a protective stop.", nameof(clientOid));
        }

        var next = clientOid[..Length] + "r" + (GenerationOf(clientOid)!.Value + 1).ToString(CultureInfo.InvariantCulture);
        return next.Length <= MaxLength ? next : throw new InvalidOperationException($"The stop {clientOid[..Length]} was re-placed too often to take another clientOid.");
    }

    /// <summary>0 for the first stop, n for its n-th re-place; null when the tail after the hash is not a generation.</summary>
    private static int? GenerationOf(string clientOid)
    {
        if (clientOid.Length == Length)
        {
            return 0;
        }

        var tail = clientOid.AsSpan(Length);
        return tail.Length >= 2 && tail[0] == 'r' && tail[1] != '0' && int.TryParse(tail[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
            ? generation
            : null;
    }

    /// <summary>Trailing zeros do not make another stop: 60000.0 and 60000 hash alike.</summary>
    private static string Canonical(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Hash(string material) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)).AsSpan(0, 12));
}
