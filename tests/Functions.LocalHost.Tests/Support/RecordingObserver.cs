using Sentinel.LocalHost.Functions;

namespace Sentinel.LocalHost.Tests.Support;

/// <summary>Records invocation outcomes and lets a test await one without polling or sleeping.</summary>
internal sealed class RecordingObserver : IInvocationObserver
{
    private readonly Lock _lock = new();
    private readonly List<InvocationOutcome> _outcomes = [];
    private readonly List<(Func<InvocationOutcome, bool> Match, TaskCompletionSource<InvocationOutcome> Waiter)> _waiters = [];

    public IReadOnlyList<InvocationOutcome> Outcomes
    {
        get
        {
            lock (_lock)
            {
                return [.. _outcomes];
            }
        }
    }

    public void OnCompleted(InvocationOutcome outcome)
    {
        lock (_lock)
        {
            _outcomes.Add(outcome);
            foreach (var waiter in _waiters.Where(waiter => waiter.Match(outcome)).ToList())
            {
                waiter.Waiter.TrySetResult(outcome);
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>The first outcome (already recorded or still to come) that matches; fails the test after a minute.</summary>
    public Task<InvocationOutcome> WaitForAsync(Func<InvocationOutcome, bool> match)
    {
        lock (_lock)
        {
            if (_outcomes.FirstOrDefault(match) is { } done)
            {
                return Task.FromResult(done);
            }

            var waiter = new TaskCompletionSource<InvocationOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, waiter));
            return waiter.Task.WaitAsync(TestTimeouts.Guard);
        }
    }
}
