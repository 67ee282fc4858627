using Bitget.Simulator.Accounts;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Prices;

namespace Bitget.Simulator.Exchange;

/// <summary>
/// The one exchange state behind both APIs (v2 and v3): accounts, positions, orders, fills, TP/SL plans and prices.
/// Every read first brings scripted prices up to the clock's "now", then fills resting orders, fires plans and
/// liquidates positions whose mark price crossed their liquidation price.
/// </summary>
public sealed partial class SimulatedExchange
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AccountState> _accounts = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly IdSequence _ids = new();
    private readonly ILogger _logger;
    [ThreadStatic] private static bool t_observing;
    private bool _reacting;

    public SimulatedExchange(IEnumerable<SimulatedAccountOptions> accounts, IEnumerable<ContractSpec> contracts, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        _time = time;
        _logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        Contracts = [.. contracts];
        Prices = new PriceBook(_gate, time, Contracts);
        Engine = new OrderEngine(Prices, time, _ids);
        Plans = new PlanEngine(Prices, time, _ids, Engine);
        foreach (var account in accounts)
        {
            _accounts.Add(account.ApiKey, new AccountState(account));
        }

        Prices.Changed += React;
        Prices.Changed += () => Touched?.Invoke();
    }

    /// <summary>
    /// Raised after any account operation and any price step (under or just after the lock: handlers must only signal),
    /// so the WebSocket streams can push. Reads made through <see cref="Observe"/> do not raise it.
    /// </summary>
    internal event Action? Touched;

    public PriceBook Prices { get; }

    public IReadOnlyList<ContractSpec> Contracts { get; }

    public IReadOnlyCollection<string> ApiKeys => Locked(() => _accounts.Keys.ToList());

    internal OrderEngine Engine { get; }

    internal PlanEngine Plans { get; }

    public AccountSnapshot Account(string apiKey) => Run(apiKey, a => AccountMath.Account(a, Prices));

    public IReadOnlyList<PositionSnapshot> Positions(string apiKey) =>
        Run(apiKey, a => a.Positions.Values.Select(p => AccountMath.Position(a, p, Prices)).ToList());

    /// <summary>Every order of one account, or of all accounts, oldest first.</summary>
    public IReadOnlyList<OrderSnapshot> Orders(string? apiKey = null) => Locked(() =>
        _accounts.Values.Where(a => apiKey is null || a.ApiKey == apiKey).SelectMany(a => a.Orders)
            .OrderBy(o => o.Created).Select(o => o.ToSnapshot()).ToList());

    /// <summary>Orders (of any account) carrying <paramref name="clientOid"/>: a client that never duplicates sees at most one.</summary>
    public IReadOnlyList<OrderSnapshot> OrdersWithClientOid(string clientOid) => Locked(() =>
        _accounts.Values.SelectMany(a => a.Orders).Where(o => o.ClientOid == clientOid).Select(o => o.ToSnapshot()).ToList());

    public IReadOnlyList<PlanOrderState> PlanOrders(string apiKey) => Run(apiKey, a => a.Plans.Select(p => p with { }).ToList());

    public IReadOnlyList<FillState> Fills(string apiKey) => Run(apiKey, a => a.Fills.ToList());

    /// <summary>Positions closed to zero, oldest first.</summary>
    public IReadOnlyList<ClosedPosition> ClosedPositions(string apiKey) => Run(apiKey, a => a.ClosedPositions.ToList());

    /// <summary>Puts a position on the book directly (no order, no fee), as if it had been opened earlier.</summary>
    public PositionSnapshot SeedPosition(string apiKey, string symbol, PositionSide side, decimal size, decimal entryPrice, decimal? leverage = null, MarginMode? marginMode = null) =>
        Run(apiKey, account =>
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(entryPrice);
            var opposite = side == PositionSide.Long ? PositionSide.Short : PositionSide.Long;
            if (!Prices.Contains(symbol))
            {
                throw new ArgumentException($"Unknown symbol '{symbol}'.", nameof(symbol));
            }

            if (account.PositionMode == PositionMode.OneWay && account.Position(symbol, opposite) is not null)
            {
                throw new InvalidOperationException($"A one-way account cannot hold both sides of {symbol}.");
            }

            var lev = leverage ?? account.LeverageFor(symbol);
            var position = account.Position(symbol, side)
                ?? new PositionState(symbol, side, lev, marginMode ?? account.MarginMode, _time.GetUtcNow()) { Id = _ids.Next() };
            position.EntryPrice = (position.EntryPrice * position.Size + entryPrice * size) / (position.Size + size);
            position.Size += size;
            position.OpenedSize += size;
            position.Margin += size * entryPrice / lev;
            account.Positions[(symbol, side)] = position;
            return AccountMath.Position(account, position, Prices);
        });

    /// <summary>Total size held long (equal to the short side in a real market) over all accounts.</summary>
    public decimal OpenInterest(string symbol) => Locked(() =>
        _accounts.Values.SelectMany(a => a.Positions.Values).Where(p => p.Symbol == symbol && p.Side == PositionSide.Long).Sum(p => p.Size));

    /// <summary>The newest trades of every account in <paramref name="symbol"/>, newest first.</summary>
    public IReadOnlyList<FillState> RecentTrades(string symbol, int limit) => Locked(() =>
        _accounts.Values.SelectMany(a => a.Fills).Where(f => f.Symbol == symbol).OrderByDescending(f => f.Time).Take(limit).ToList());

    public void SetPositionMode(string apiKey, PositionMode mode) => Run(apiKey, a => a.PositionMode = mode);

    public void SetBalance(string apiKey, decimal wallet) => Run(apiKey, a => a.Wallet = wallet);

    public void SetAccountKind(string apiKey, AccountKind kind) => Run(apiKey, a => a.Kind = kind);

    public void SetLeverage(string apiKey, string symbol, decimal leverage) => Run(apiKey, a => a.Leverages[symbol] = leverage);

    internal SimulatedAccountOptions? Credentials(string apiKey) => Locked(() => _accounts.TryGetValue(apiKey, out var a) ? a.Options : null);

    internal AccountKind KindOf(string apiKey) => Run(apiKey, a => a.Kind);

    /// <summary>Runs <paramref name="action"/> on one account under the lock, after catching up with prices.</summary>
    internal T Run<T>(string apiKey, Func<AccountState, T> action)
    {
        T result;
        lock (_gate)
        {
            var account = _accounts.TryGetValue(apiKey, out var a) ? a : throw new ArgumentException($"Unknown API key '{apiKey}'.", nameof(apiKey));
            Prices.AdvanceUnlocked();
            result = action(account);
        }

        if (!t_observing)
        {
            Touched?.Invoke();
        }

        return result;
    }

    /// <summary>Reads state for the streams without raising <see cref="Touched"/> (which would make them read again).</summary>
#pragma warning disable CA1822 // An instance member on purpose: callers observe this exchange.
    internal T Observe<T>(Func<T> read)
    {
        t_observing = true;
        try
        {
            return read();
        }
        finally
        {
            t_observing = false;
        }
    }
#pragma warning restore CA1822

    internal void Run(string apiKey, Action<AccountState> action) => Run(apiKey, a =>
    {
        action(a);
        return true;
    });

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            Prices.AdvanceUnlocked();
            return read();
        }
    }

    private void React()
    {
        if (_reacting)
        {
            return;
        }

        _reacting = true;
        try
        {
            foreach (var account in _accounts.Values)
            {
                var known = account.Orders.Count;
                FillRestingOrders(account);
                Plans.Trigger(account);
                Liquidate(account);
                account.Orders.Skip(known).ToList().ForEach(o => LogOrder(account.ApiKey, o));
            }
        }
        finally
        {
            _reacting = false;
        }
    }

    private void LogOrder(string apiKey, OrderState o) =>
        _logger.LogInformation("{ApiKey}: order {OrderId} ({ClientOid}) {Symbol} {Action} {Direction} {Size} -> {Status} at {Price} [{Source}]",
            apiKey, o.OrderId, o.ClientOid, o.Request.Symbol, o.Request.Action, o.Request.Direction, o.Size, o.Status, o.AveragePrice, o.Request.Source);

    private void FillRestingOrders(AccountState account)
    {
        foreach (var order in account.Orders.Where(o => o.Status == OrderStatus.Live).ToList())
        {
            var last = Prices.Last(order.Request.Symbol);
            var limit = order.Request.Price!.Value;
            var crossed = order.Request.Direction == OrderSide.Buy ? last <= limit : last >= limit;
            if (crossed)
            {
                Engine.Execute(account, order, limit, taker: false);
                if (order.Status == OrderStatus.Filled && order.Request.Action is OrderAction.Open or OrderAction.Net)
                {
                    AddPresets(account, order);
                }
            }
        }
    }

    private void Liquidate(AccountState account)
    {
        foreach (var position in account.Positions.Values.ToList())
        {
            var contract = Prices.Contract(position.Symbol);
            var liquidation = AccountMath.LiquidationPrice(account, position, contract, Prices);
            var mark = Prices.Mark(position.Symbol);
            var breached = liquidation > 0 && (position.Side == PositionSide.Long ? mark <= liquidation : mark >= liquidation);
            if (breached)
            {
                Engine.CancelClosingOrders(account, position.Symbol, position.Side);
                Engine.Place(account, PlanEngine.CloseRequest(account.PositionMode, position.Symbol, position.Side, position.Size, "SYS"));
            }
        }
    }
}
