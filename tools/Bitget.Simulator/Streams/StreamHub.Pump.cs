using Bitget.Simulator.Accounts;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;

namespace Bitget.Simulator.Streams;

/// <summary>What changed since the last look, turned into pushes. Runs on the hub's one pump task (and under its gate).</summary>
public sealed partial class StreamHub
{
    private readonly Lock _pumpGate = new();
    private readonly Dictionary<string, string> _publicSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, OrderSnapshot>> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PositionSnapshot>> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountSnapshot> _accounts = new(StringComparer.Ordinal);
    private long _bookSeq;

    /// <summary>A new subscriber gets the channel's current data at once, as Bitget sends a snapshot on subscribe.</summary>
    internal void OnSubscribed(StreamSession session, StreamArg arg)
    {
        lock (_pumpGate)
        {
            _exchange.Observe(() =>
            {
                var now = _time.GetUtcNow();
                if (!session.IsPrivate)
                {
                    session.Send(StreamFrames.Push(arg, PublicRows(session.Api, arg), now), arg.Key);
                }
                else if (arg.Key is StreamChannels.V2Positions or StreamChannels.V3Positions)
                {
                    var rows = _exchange.Positions(session.ApiKey!).Select(p => session.Api == StreamApi.V2 ? V2StreamJson.Position(p) : V3StreamJson.Position(p)).ToList();
                    session.Send(StreamFrames.Push(arg, rows, now), arg.Key);
                }
                else if (arg.Key is StreamChannels.V2Account or StreamChannels.V3Account)
                {
                    session.Send(StreamFrames.Push(arg, new[] { AccountRow(session.Api, _exchange.Account(session.ApiKey!)) }, now), arg.Key);
                }

                return true;
            });
        }
    }

    /// <summary>The state a newly logged-in account's diffs start from (no replay of its history).</summary>
    private void Baseline(string apiKey)
    {
        lock (_pumpGate)
        {
            if (!_orders.ContainsKey(apiKey))
            {
                _exchange.Observe(() =>
                {
                    _orders[apiKey] = _exchange.Orders(apiKey).ToDictionary(o => o.OrderId, StringComparer.Ordinal);
                    _positions[apiKey] = [.. _exchange.Positions(apiKey)];
                    _accounts[apiKey] = _exchange.Account(apiKey);
                    return true;
                });
            }
        }
    }

    private void Pump()
    {
        var sessions = _sessions.Keys.ToList();
        if (sessions.Count == 0)
        {
            return;
        }

        lock (_pumpGate)
        {
            _exchange.Observe(() =>
            {
                PumpPublic(sessions.Where(s => !s.IsPrivate).ToList());
                foreach (var account in sessions.Where(s => s.IsPrivate && s.ApiKey is not null).GroupBy(s => s.ApiKey!))
                {
                    PumpPrivate(account.Key, [.. account]);
                }

                return true;
            });
        }
    }

    private void PumpPublic(List<StreamSession> sessions)
    {
        var now = _time.GetUtcNow();
        foreach (var group in sessions.SelectMany(s => s.Subscriptions.Select(arg => (Session: s, Arg: arg))).GroupBy(x => (x.Session.Api, x.Arg.Key)))
        {
            var (api, arg) = (group.Key.Api, group.First().Arg);
            var seen = Fingerprint(arg);
            var id = $"{api}:{arg.Key}";
            if (_publicSeen.TryGetValue(id, out var last) && last == seen)
            {
                continue;
            }

            _publicSeen[id] = seen;
            var rows = PublicRows(api, arg);
            foreach (var (session, own) in group)
            {
                session.Send(StreamFrames.Push(own, rows, now), own.Key);
            }
        }
    }

    private void PumpPrivate(string apiKey, List<StreamSession> sessions)
    {
        Baseline(apiKey);
        var now = _time.GetUtcNow();
        var orders = _exchange.Orders(apiKey);
        var known = _orders[apiKey];
        var changed = orders.Where(o => !known.TryGetValue(o.OrderId, out var k) || k != o).ToList();
        changed.ForEach(o => known[o.OrderId] = o);

        var positions = _exchange.Positions(apiKey).ToList();
        var before = _positions[apiKey];
        var positionsChanged = !positions.SequenceEqual(before);
        var ended = before.Where(b => !positions.Any(p => p.Symbol == b.Symbol && p.Side == b.Side)).Select(b => b with { Updated = now }).ToList();
        _positions[apiKey] = positions;

        var account = _exchange.Account(apiKey);
        var accountChanged = account != _accounts[apiKey];
        _accounts[apiKey] = account;

        foreach (var session in sessions)
        {
            var v2 = session.Api == StreamApi.V2;
            if (changed.Count > 0)
            {
                Push(session, v2 ? StreamChannels.V2Orders : StreamChannels.V3Orders, changed.Select(o => (object)(v2 ? V2StreamJson.Order(o) : V3StreamJson.Order(o))).ToList(), now,
                    changed.Select(o => (o.OrderId, o.Status.ToString())));
            }

            if (positionsChanged)
            {
                var rows = v2
                    ? positions.Select(V2StreamJson.Position).ToList()
                    : positions.Where(p => !before.Contains(p)).Select(p => V3StreamJson.Position(p)).Concat(ended.Select(p => V3StreamJson.Position(p, ended: true))).ToList();
                Push(session, v2 ? StreamChannels.V2Positions : StreamChannels.V3Positions, rows, now,
                    positions.Select(p => ($"{p.Symbol}/{p.Side}", p.Size.ToString(System.Globalization.CultureInfo.InvariantCulture))).Concat(ended.Select(p => ($"{p.Symbol}/{p.Side}", "ended"))));
            }

            if (accountChanged)
            {
                Push(session, v2 ? StreamChannels.V2Account : StreamChannels.V3Account, [AccountRow(session.Api, account)], now, [("USDT", account.Equity.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            }
        }
    }

    private void Push(StreamSession session, string key, List<object> rows, DateTimeOffset now, IEnumerable<(string Item, string State)> record)
    {
        if (rows.Count == 0 || session.Subscription(key) is not { } arg)
        {
            return;
        }

        foreach (var (item, state) in record)
        {
            Remember(new StreamRecord(session.ApiKey!, session.Api, arg.Channel, item, state, now));
        }

        session.Send(StreamFrames.Push(arg, rows, now), key);
    }

    private string Fingerprint(StreamArg arg) => arg.Channel is "trade" or "publicTrade"
        ? (_exchange.RecentTrades(arg.Instrument, 1) is [var newest, ..] ? newest.TradeId : null) ?? ""
        : $"{_exchange.Prices.Last(arg.Instrument)}/{_exchange.Prices.Mark(arg.Instrument)}";

    private List<object> PublicRows(StreamApi api, StreamArg arg)
    {
        var contract = _market.Contract(arg.Instrument);
        var v2 = api == StreamApi.V2;
        var now = _time.GetUtcNow();
        if (arg.Channel == "ticker")
        {
            return [TickerRow(api, _market.Ticker(contract))];
        }

        if (arg.Channel.StartsWith("books", StringComparison.Ordinal))
        {
            var (asks, bids) = _market.Book(contract, StreamChannels.Depth(arg.Channel));
            var seq = ++_bookSeq;
            return [v2 ? V2StreamJson.Book(asks, bids, seq, now) : V3StreamJson.Book(asks, bids, seq, now)];
        }

        if (StreamChannels.IsCandle(arg))
        {
            var interval = StreamChannels.Interval(arg, api);
            var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % interval.Ticks), TimeSpan.Zero);
            var (open, high, low) = _exchange.Prices.Since(contract.Symbol, start);
            var close = _exchange.Prices.Last(contract.Symbol);
            return [v2 ? V2StreamJson.Candle(start, open, high, low, close) : V3StreamJson.Candle(start, open, high, low, close)];
        }

        return [.. _exchange.RecentTrades(contract.Symbol, 20).Select(f => v2 ? V2StreamJson.Trade(f) : V3StreamJson.Trade(f))];
    }

    private object TickerRow(StreamApi api, TickerStats ticker) =>
        api == StreamApi.V2 ? V2StreamJson.Ticker(ticker, _market.NextFunding()) : V3StreamJson.Ticker(ticker, _market.NextFunding());

    private static object AccountRow(StreamApi api, AccountSnapshot account) =>
        api == StreamApi.V2 ? V2StreamJson.Account(account) : V3StreamJson.Account(account);

    /// <summary>v2 says <c>USDT-FUTURES</c>, v3 <c>usdt-futures</c>: keys are upper case, so both read the same.</summary>
    private static string TickerKey(string symbol) => $"USDT-FUTURES/TICKER/{symbol}/";
}
