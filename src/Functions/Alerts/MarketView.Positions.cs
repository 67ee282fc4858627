using Bitget.Client.Exchange;

namespace Sentinel.Functions.Alerts;

public sealed partial class MarketView
{
    private void LoadPositions(IReadOnlyList<ExchangePosition> positions)
    {
        var count = positions.Count;
        if (_positions.Length < count)
        {
            var size = Math.Max(count, _positions.Length * 2);
            Array.Resize(ref _positions, size);
            Array.Resize(ref _positionSymbol, size);
            Array.Resize(ref _liquidationDistance, size);
            Array.Resize(ref _pnlPercent, size);
            Array.Resize(ref _hasLiquidationDistance, size);
            Array.Resize(ref _hasPnlPercent, size);
        }

        Array.Fill(_longPosition, -1);
        Array.Fill(_shortPosition, -1);
        _positionSymbols.Clear();
        PositionCount = count;
        for (var i = 0; i < count; i++)
        {
            var position = positions[i];
            var id = Symbols.Intern(position.Symbol);
            _positions[i] = position;
            _positionSymbol[i] = id;
            if (_longPosition[id] < 0 && _shortPosition[id] < 0)
            {
                _positionSymbols.Add(id);
            }

            (position.Side == PositionSide.Long ? _longPosition : _shortPosition)[id] = i;
            _hasLiquidationDistance[i] = position.LiquidationPrice is { } liquidation && position.MarkPrice > 0;
            _liquidationDistance[i] = _hasLiquidationDistance[i]
                ? Math.Abs(position.MarkPrice - position.LiquidationPrice!.Value) / position.MarkPrice * 100m
                : 0m;
            _hasPnlPercent[i] = position.Margin > 0;
            _pnlPercent[i] = _hasPnlPercent[i] ? position.UnrealizedPnl / position.Margin * 100m : 0m;
        }
    }

    private void DiffPositions(IReadOnlyList<ExchangePosition> current, IReadOnlyList<ExchangePosition>? previous)
    {
        _events.Clear();
        if (previous is null)
        {
            return;
        }

        foreach (var position in current)
        {
            if (FindSide(previous, position.Symbol, position.Side) is null)
            {
                var id = Symbols.Intern(position.Symbol);
                _events.Add(new PositionEvent(PositionEventKind.Opened, id, position.Side, position));
                var opposite = position.Side == PositionSide.Long ? PositionSide.Short : PositionSide.Long;
                if (FindSide(previous, position.Symbol, opposite) is not null && FindSide(current, position.Symbol, opposite) is null)
                {
                    _events.Add(new PositionEvent(PositionEventKind.Flipped, id, position.Side, position));
                }
            }
        }

        foreach (var position in previous)
        {
            if (FindSide(current, position.Symbol, position.Side) is null)
            {
                _events.Add(new PositionEvent(PositionEventKind.Closed, Symbols.Intern(position.Symbol), position.Side, position));
            }
        }
    }

    private static ExchangePosition? FindSide(IReadOnlyList<ExchangePosition> positions, string symbol, PositionSide side)
    {
        foreach (var position in positions)
        {
            if (position.Side == side && string.Equals(position.Symbol, symbol, StringComparison.Ordinal))
            {
                return position;
            }
        }

        return null;
    }
}
