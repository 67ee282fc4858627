using System.Globalization;

namespace Bitget.Simulator.Exchange;

/// <summary>Bitget-looking 19-digit ids, increasing, so tests see stable values.</summary>
internal sealed class IdSequence
{
    private long _next = 1_200_000_000_000_000_000;

    public string Next() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
}
