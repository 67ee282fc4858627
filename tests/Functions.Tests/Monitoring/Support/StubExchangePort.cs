using Bitget.Client.Exchange;
using Bitget.Client.Trading;

namespace Functions.Tests.Monitoring.Support;

/// <summary>
/// A unit-level seam, NOT an exchange adapter: returns whatever snapshot the test sets, or throws the error the
/// test sets, and counts calls. Order methods are not part of a tick and refuse to run.
/// </summary>
internal sealed class StubExchangePort(AccountKind kind = AccountKind.Classic) : IExchangePort
{
    private int _snapshotCalls;

    public AccountKind AccountKind { get; } = kind;

    public Func<ExchangeSnapshot>? Next { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>When set, a snapshot read waits for it (to hold a tick in flight).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Completed when a snapshot read has started.</summary>
    public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int SnapshotCalls => _snapshotCalls;

    public async Task<ExchangeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _snapshotCalls);
        ReadStarted.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return Failure is { } failure ? throw failure : Next!();
    }

    public Task<IReadOnlyList<ExchangePosition>> GetPositionsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, ContractSpec>> GetContractSpecsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ExchangeOrder>> PlaceReduceOnlyOrderAsync(ReduceOrderRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ExchangeOrder>> ClosePositionAsync(string symbol, PositionSide side, PositionMode mode, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<string> SetPositionStopLossAsync(StopLossRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<PositionStop>> GetPositionStopsAsync(string? symbol = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> CancelPositionStopAsync(string symbol, string orderId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ExchangeOrder>> FindClosingOrdersAsync(string symbol, PositionSide side, DateTimeOffset since, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ExchangeOrder?> FindOrderByClientOidAsync(string symbol, string clientOid, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
