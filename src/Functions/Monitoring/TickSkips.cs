namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Ticks this instance skipped because another holder had the <c>monitor-tick</c> lease, for the <c>tick</c> health
/// component: how many since start, the last one, and how many in a row (reset by a tick that ran).
/// </summary>
public sealed class TickSkips
{
    private readonly Lock _gate = new();
    private (int Total, int InARow, DateTimeOffset? LastAt) _state;

    public (int Total, int InARow, DateTimeOffset? LastAt) Current
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public void Skipped(DateTimeOffset at)
    {
        lock (_gate)
        {
            _state = (_state.Total + 1, _state.InARow + 1, at);
        }
    }

    public void Ran()
    {
        lock (_gate)
        {
            _state = _state with { InARow = 0 };
        }
    }
}
