using Bitget.Simulator.Market;

namespace Bitget.Simulator.Prices;

/// <summary>
/// Last and mark prices per symbol, moved by tests (<see cref="Set"/>) or by scripts (<see cref="Run"/>) that the
/// exchange advances to the injected clock's current instant whenever it is asked for anything.
/// </summary>
public sealed class PriceBook
{
    private const int MaxHistory = 200_000;
    private readonly Lock _gate;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SymbolPrices> _symbols = new(StringComparer.Ordinal);

    internal PriceBook(Lock gate, TimeProvider time, IEnumerable<ContractSpec> contracts)
    {
        _gate = gate;
        _time = time;
        foreach (var contract in contracts)
        {
            _symbols[contract.Symbol] = new SymbolPrices(contract, time.GetUtcNow());
        }
    }

    /// <summary>Raised under the exchange lock after any price moved, so resting orders and TP/SL plans can react.</summary>
    internal event Action? Changed;

    public IReadOnlyCollection<string> Symbols
    {
        get
        {
            lock (_gate)
            {
                return [.. _symbols.Keys];
            }
        }
    }

    public decimal Last(string symbol)
    {
        lock (_gate)
        {
            AdvanceUnlocked();
            return Get(symbol).Last;
        }
    }

    public decimal Mark(string symbol)
    {
        lock (_gate)
        {
            AdvanceUnlocked();
            return Get(symbol).Mark;
        }
    }

    /// <summary>Sets the last price (and the mark price, which follows the last price unless given) and stops any script.</summary>
    public void Set(string symbol, decimal price, decimal? markPrice = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        lock (_gate)
        {
            var prices = Get(symbol);
            prices.Script = null;
            prices.Apply(new PricePoint(_time.GetUtcNow(), price), markPrice);
            Changed?.Invoke();
        }
    }

    /// <summary>Drives <paramref name="symbol"/> by <paramref name="script"/> from now on, starting at the current price.</summary>
    public void Run(string symbol, IPriceScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        lock (_gate)
        {
            var prices = Get(symbol);
            script.Start(_time.GetUtcNow(), prices.Last);
            prices.Script = script;
        }
    }

    public void Stop(string symbol)
    {
        lock (_gate)
        {
            Get(symbol).Script = null;
        }
    }

    /// <summary>Every price the symbol has had, oldest first (the source of candles).</summary>
    public IReadOnlyList<PricePoint> History(string symbol)
    {
        lock (_gate)
        {
            AdvanceUnlocked();
            return [.. Get(symbol).History];
        }
    }

    /// <summary>Open, high and low since <paramref name="since"/>, scanning back from the newest point (tickers ask often).</summary>
    public (decimal Open, decimal High, decimal Low) Since(string symbol, DateTimeOffset since)
    {
        lock (_gate)
        {
            AdvanceUnlocked();
            var history = Get(symbol).History;
            decimal open = history[^1].Price, high = open, low = open;
            for (var i = history.Count - 1; i >= 0; i--)
            {
                open = history[i].Price;
                high = Math.Max(high, open);
                low = Math.Min(low, open);
                if (history[i].Time <= since)
                {
                    break;
                }
            }

            return (open, high, low);
        }
    }

    internal bool Contains(string symbol) => _symbols.ContainsKey(symbol);

    internal ContractSpec Contract(string symbol) => Get(symbol).Contract;

    /// <summary>Brings scripted prices up to now; the caller holds the lock.</summary>
    internal void AdvanceUnlocked()
    {
        var now = _time.GetUtcNow();
        var moved = false;
        foreach (var prices in _symbols.Values.Where(p => p.Script is not null))
        {
            foreach (var point in prices.Script!.Advance(now))
            {
                prices.Apply(point, null);
                moved = true;
            }
        }

        if (moved)
        {
            Changed?.Invoke();
        }
    }

    private SymbolPrices Get(string symbol) =>
        _symbols.TryGetValue(symbol, out var prices) ? prices : throw new ArgumentException($"Unknown symbol '{symbol}'.", nameof(symbol));

    private sealed class SymbolPrices
    {
        public SymbolPrices(ContractSpec contract, DateTimeOffset now)
        {
            Contract = contract;
            Last = Mark = contract.InitialPrice;
            History.Add(new PricePoint(now, Last));
        }

        public ContractSpec Contract { get; }

        public decimal Last { get; private set; }

        public decimal Mark { get; private set; }

        public IPriceScript? Script { get; set; }

        public List<PricePoint> History { get; } = [];

        public void Apply(PricePoint point, decimal? mark)
        {
            Last = Math.Max(Contract.PriceTick, Contract.RoundPrice(point.Price));
            Mark = mark is { } m ? Contract.RoundPrice(m) : Last;
            History.Add(point with { Price = Last });
            if (History.Count > MaxHistory)
            {
                History.RemoveRange(0, History.Count - MaxHistory);
            }
        }
    }
}
