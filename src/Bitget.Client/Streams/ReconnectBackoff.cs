namespace Bitget.Client.Streams;

/// <summary>
/// Reconnect delays: exponential from the base delay, capped, with "equal jitter" (half fixed, half random) so many
/// clients cut off together do not come back in lockstep, yet no delay is shorter than half its step.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Random random)
{
    private readonly Lock _gate = new();

    /// <summary>The delay before reconnect attempt <paramref name="attempt"/> (1 = first).</summary>
    public TimeSpan Delay(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var exponent = Math.Min(attempt - 1, 30);
        var step = Math.Min(maxDelay.Ticks, baseDelay.Ticks * (1L << Math.Min(exponent, 20)));
        double draw;
        lock (_gate)
        {
            draw = random.NextDouble();
        }

        return TimeSpan.FromTicks((step / 2) + (long)(step / 2 * draw));
    }
}
