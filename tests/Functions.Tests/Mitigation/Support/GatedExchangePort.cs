using System.Collections.Concurrent;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Sentinel.Functions.Platform.Exchange;

namespace Functions.Tests.Mitigation.Support;

/// <summary>
/// A unit-level seam, NOT an exchange adapter: one BTCUSDT long, reduce-only orders recorded as filled, and one-shot
/// gates a test holds open to keep a step in flight (a slow exchange): the next call of its kind waits for the gate,
/// honouring the caller's token as the transport does; later calls pass.
/// </summary>
internal sealed class GatedExchangePort : IExchangePort, IExchangePortFactory
{
    private readonly ConcurrentQueue<ExchangeOrder> _orders = new();
    private int _lookups;
    private TaskCompletionSource? _readGate;
    private TaskCompletionSource? _acceptGate;
    private TaskCompletionSource? _replyGate;

    public GatedExchangePort(DateTimeOffset now) =>
        Position = new ExchangePosition("BTCUSDT", "USDT", PositionSide.Long, PositionMode.OneWay, MarginMode.Crossed, 1.0m, 1.0m, 60_000m, 60_000m, 50_000m, 0m, 6_000m, 10m, null, null, now);

    public AccountKind AccountKind => AccountKind.Classic;

    public ExchangePosition Position { get; }

    /// <summary>The next position read waits for it.</summary>
    public void HoldNextRead(TaskCompletionSource gate) => _readGate = gate;

    /// <summary>The next order waits for it before the exchange takes it.</summary>
    public void HoldNextAccept(TaskCompletionSource gate) => _acceptGate = gate;

    /// <summary>The next order the exchange took waits for it before its reply comes back.</summary>
    public void HoldNextReply(TaskCompletionSource gate) => _replyGate = gate;

    /// <summary>Completed once a position read has started.</summary>
    public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed once an order has been sent.</summary>
    public TaskCompletionSource SendStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The orders the exchange took.</summary>
    public IReadOnlyList<ExchangeOrder> Orders => [.. _orders];

    /// <summary>How many times an order was looked up by clientOid.</summary>
    public int Lookups => Volatile.Read(ref _lookups);

    public IExchangePort Create(AccountKind kind) => this;

    public Task<AccountKind> DetectAccountKindAsync(CancellationToken cancellationToken = default) => Task.FromResult(AccountKind);

    public async Task<IReadOnlyList<ExchangePosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        ReadStarted.TrySetResult();
        if (Interlocked.Exchange(ref _readGate, null) is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return [Position];
    }

    public Task<IReadOnlyDictionary<string, ContractSpec>> GetContractSpecsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, ContractSpec>>(new Dictionary<string, ContractSpec> { ["BTCUSDT"] = new("BTCUSDT", 0.001m, 0.001m, 0.1m, 125m, 5m) });

    public async Task<IReadOnlyList<ExchangeOrder>> PlaceReduceOnlyOrderAsync(ReduceOrderRequest request, CancellationToken cancellationToken = default)
    {
        SendStarted.TrySetResult();
        if (Interlocked.Exchange(ref _acceptGate, null) is { } accept)
        {
            await accept.Task.WaitAsync(cancellationToken);
        }

        var order = new ExchangeOrder($"order-{_orders.Count + 1}", request.ClientOid, request.Symbol, ExchangeOrderStatus.Filled, request.Size, request.Size, Position.MarkPrice, ReduceOnly: true);
        _orders.Enqueue(order);
        if (Interlocked.Exchange(ref _replyGate, null) is { } reply)
        {
            await reply.Task.WaitAsync(cancellationToken);
        }

        return [order];
    }

    public Task<ExchangeOrder?> FindOrderByClientOidAsync(string symbol, string clientOid, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult(_orders.FirstOrDefault(o => o.ClientOid == clientOid));
    }

    public Task<ExchangeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ExchangeOrder>> ClosePositionAsync(string symbol, PositionSide side, PositionMode mode, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<string> SetPositionStopLossAsync(StopLossRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<PositionStop>> GetPositionStopsAsync(string? symbol = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> CancelPositionStopAsync(string symbol, string orderId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ExchangeOrder>> FindClosingOrdersAsync(string symbol, PositionSide side, DateTimeOffset since, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
