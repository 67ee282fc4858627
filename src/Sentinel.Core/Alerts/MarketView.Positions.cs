using Bitget.Client.Trading;

namespace Sentinel.Core.Alerts;

internal sealed partial class MarketView
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
            _hasLiquidationDistance[i] = PositionMetrics.TryGetLiquidationDistance(position, out _liquidationDistance[i]);
            _hasPnlPercent[i] = PositionMetrics.TryGetPnlPercent(position, out _pnlPercent[i]);
        }
    }

    /// <summary>Opened, closed and flipped sides, by symbol id lookups (linear in the number of positions).</summary>
    private void DiffPositions(IReadOnlyList<ExchangePosition>? previous)
    {
        _events.Clear();
        if (previous is null)
        {
            return;
        }

        Array.Fill(_previousLong, -1);
        Array.Fill(_previousShort, -1);
        for (var i = 0; i < previous.Count; i++)
        {
            var id = Symbols.Intern(previous[i].Symbol);
            (previous[i].Side == PositionSide.Long ? _previousLong : _previousShort)[id] = i;
        }

        AddOpenedAndFlipped();
        for (var i = 0; i < previous.Count; i++)
        {
            var position = previous[i];
            var id = Symbols.Intern(position.Symbol);
            if ((position.Side == PositionSide.Long ? _longPosition : _shortPosition)[id] < 0)
            {
                _events.Add(new PositionEvent(PositionEventKind.Closed, id, position.Side, position));
            }
        }
    }

    private void AddOpenedAndFlipped()
    {
        for (var i = 0; i < PositionCount; i++)
        {
            var position = _positions[i];
            var id = _positionSymbol[i];
            var isLong = position.Side == PositionSide.Long;
            if ((isLong ? _previousLong : _previousShort)[id] >= 0)
            {
                continue;
            }

            _events.Add(new PositionEvent(PositionEventKind.Opened, id, position.Side, position));
            var hadOpposite = (isLong ? _previousShort : _previousLong)[id] >= 0;
            var hasOpposite = (isLong ? _shortPosition : _longPosition)[id] >= 0;
            if (hadOpposite && !hasOpposite)
            {
                _events.Add(new PositionEvent(PositionEventKind.Flipped, id, position.Side, position));
            }
        }
    }
}
