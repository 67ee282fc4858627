using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Alerts;

/// <summary>
/// One tick's inputs laid out for the evaluator: arrays indexed by symbol id and position index, with derived
/// figures (liquidation distance, PnL % of margin, drawdowns) computed once per tick instead of once per rule.
/// Reused across ticks so a steady tick allocates nothing once the arrays have grown.
/// </summary>
internal sealed partial class MarketView
{
    private const byte HasTicker = 1;
    private const byte HasFunding = 2;
    private decimal[] _last = [];
    private decimal[] _funding = [];
    private byte[] _flags = [];
    private PriceSeries?[] _series = [];
    private int[] _longPosition = [];
    private int[] _shortPosition = [];
    private int[] _previousLong = [];
    private int[] _previousShort = [];
    private ExchangePosition[] _positions = [];
    private int[] _positionSymbol = [];
    private decimal[] _liquidationDistance = [];
    private decimal[] _pnlPercent = [];
    private bool[] _hasLiquidationDistance = [];
    private bool[] _hasPnlPercent = [];
    private readonly List<int> _positionSymbols = [];
    private readonly List<PositionEvent> _events = [];

    public MarketView(SymbolTable symbols) => Symbols = symbols;

    public SymbolTable Symbols { get; }

    public bool HasSnapshot { get; private set; }

    public DateTimeOffset ReadAt { get; private set; }

    public int PositionCount { get; private set; }

    public decimal Equity { get; private set; }

    public decimal? MarginRatioPercent { get; private set; }

    public decimal DrawdownFromDayStartPercent { get; private set; }

    public decimal DrawdownFromPeakPercent { get; private set; }

    public bool HasWatermarks { get; private set; }

    public IReadOnlyList<PositionEvent> Events => _events;

    internal List<int> PositionSymbols => _positionSymbols;

    internal ExchangePosition PositionAt(int index) => _positions[index];

    internal int PositionSymbolAt(int index) => _positionSymbol[index];

    internal int LongPositionOf(int symbolId) => symbolId < _longPosition.Length ? _longPosition[symbolId] : -1;

    internal int ShortPositionOf(int symbolId) => symbolId < _shortPosition.Length ? _shortPosition[symbolId] : -1;

    internal bool TryGetLastPrice(int symbolId, out decimal price)
    {
        var known = symbolId < _flags.Length && (_flags[symbolId] & HasTicker) != 0;
        price = known ? _last[symbolId] : 0m;
        return known;
    }

    internal bool TryGetFundingPercent(int symbolId, out decimal percent)
    {
        var known = symbolId < _flags.Length && (_flags[symbolId] & HasFunding) != 0;
        percent = known ? _funding[symbolId] : 0m;
        return known;
    }

    internal PriceSeries? SeriesOf(int symbolId) => symbolId < _series.Length ? _series[symbolId] : null;

    internal bool TryGetLiquidationDistance(int position, out decimal percent)
    {
        percent = _liquidationDistance[position];
        return _hasLiquidationDistance[position];
    }

    internal bool TryGetPnlPercent(int position, out decimal percent)
    {
        percent = _pnlPercent[position];
        return _hasPnlPercent[position];
    }

    /// <summary>Marks the tick as having no snapshot (the exchange read failed): only health rules evaluate.</summary>
    public void LoadNoSnapshot()
    {
        HasSnapshot = false;
        _events.Clear();
    }

    /// <summary>Lays out one tick. <paramref name="previousPositions"/> are the last successful tick's positions (null on the first tick: no events).</summary>
    public void Load(ExchangeSnapshot snapshot, IReadOnlyList<ExchangePosition>? previousPositions, IReadOnlyDictionary<string, PriceSeries>? history, AccountWatermarks? watermarks)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        HasSnapshot = true;
        ReadAt = snapshot.ReadAt;
        InternSymbols(snapshot.Tickers, snapshot.Positions, previousPositions);

        EnsureSymbolCapacity(Symbols.Count);
        LoadTickers(snapshot.Tickers, history);
        LoadPositions(snapshot.Positions);
        LoadAccount(snapshot.Account, watermarks);
        DiffPositions(previousPositions);
    }

    private void InternSymbols(IReadOnlyList<ExchangeTicker> tickers, IReadOnlyList<ExchangePosition> positions, IReadOnlyList<ExchangePosition>? previous)
    {
        // Index loops: foreach over IReadOnlyList boxes the enumerator, and this runs every tick.
        for (var i = 0; i < tickers.Count; i++)
        {
            Symbols.Intern(tickers[i].Symbol);
        }

        for (var i = 0; i < positions.Count; i++)
        {
            Symbols.Intern(positions[i].Symbol);
        }

        for (var i = 0; i < (previous?.Count ?? 0); i++)
        {
            Symbols.Intern(previous![i].Symbol);
        }
    }

    private void LoadTickers(IReadOnlyList<ExchangeTicker> tickers, IReadOnlyDictionary<string, PriceSeries>? history)
    {
        Array.Clear(_flags);
        for (var i = 0; i < tickers.Count; i++)
        {
            var ticker = tickers[i];
            var id = Symbols.Intern(ticker.Symbol);
            _last[id] = ticker.LastPrice;
            _flags[id] = HasTicker;
            if (ticker.FundingRate is { } funding)
            {
                _funding[id] = funding * 100m;
                _flags[id] |= HasFunding;
            }
        }

        for (var id = 0; id < Symbols.Count; id++)
        {
            _series[id] = history?.GetValueOrDefault(Symbols.NameOf(id));
        }
    }

    private void LoadAccount(ExchangeAccount account, AccountWatermarks? watermarks)
    {
        Equity = account.Equity;
        MarginRatioPercent = account.MarginRatio * 100m;
        HasWatermarks = watermarks is not null;
        DrawdownFromDayStartPercent = watermarks?.DrawdownFromDayStartPercent(account.Equity) ?? 0m;
        DrawdownFromPeakPercent = watermarks?.DrawdownFromPeakPercent(account.Equity) ?? 0m;
    }

    private void EnsureSymbolCapacity(int count)
    {
        if (_last.Length >= count)
        {
            return;
        }

        var size = Math.Max(count, _last.Length * 2);
        Array.Resize(ref _last, size);
        Array.Resize(ref _funding, size);
        Array.Resize(ref _flags, size);
        Array.Resize(ref _series, size);
        Array.Resize(ref _longPosition, size);
        Array.Resize(ref _shortPosition, size);
        Array.Resize(ref _previousLong, size);
        Array.Resize(ref _previousShort, size);
    }
}
