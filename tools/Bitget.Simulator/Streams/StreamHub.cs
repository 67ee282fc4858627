using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Faults;
using Bitget.Simulator.Market;

namespace Bitget.Simulator.Streams;

/// <summary>
/// The WebSocket side of the simulator: accepts connections on <c>/v2/ws/{public,private}</c> and
/// <c>/v3/ws/{public,private}</c>, checks logins, and pushes on every price step and every order, position or account
/// change (it diffs the exchange state after each change signal, so nothing a REST caller could see is missed).
/// </summary>
public sealed partial class StreamHub : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> Paths = ["/v2/ws/public", "/v2/ws/private", "/v3/ws/public", "/v3/ws/private"];
    private const int MaxRecord = 100_000;

    /// <summary>Bitget closes a connection that sent nothing (not even a ping) for two minutes.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(2);
    private readonly SimulatedExchange _exchange;
    private readonly MarketView _market;
    private readonly FaultInjector _faults;
    private readonly TimeProvider _time;
    private readonly SimulatorOptions _options;
    private readonly ILogger<StreamHub> _logger;
    private readonly ConcurrentDictionary<StreamSession, byte> _sessions = new();
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _recordGate = new();
    private readonly Queue<StreamRecord> _record = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ITimer _tick;
    private readonly Task _pump;

    public StreamHub(SimulatedExchange exchange, MarketView market, FaultInjector faults, TimeProvider time, SimulatorOptions options, ILogger<StreamHub> logger)
    {
        _exchange = exchange;
        _market = market;
        _faults = faults;
        _time = time;
        _options = options;
        _logger = logger;
        exchange.Touched += Signal;

        // Scripted prices move only when someone looks; a quarter-second look keeps pushes flowing in standalone runs.
        _tick = time.CreateTimer(_ => Tick(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        _pump = Task.Run(PumpLoopAsync);
    }

    /// <summary>Open connections.</summary>
    public IReadOnlyList<StreamSession> Sessions => [.. _sessions.Keys];

    /// <summary>Every private row pushed to <paramref name="apiKey"/> (the newest 100,000), oldest first.</summary>
    public IReadOnlyList<StreamRecord> Record(string apiKey)
    {
        lock (_recordGate)
        {
            return [.. _record.Where(r => r.ApiKey == apiKey)];
        }
    }

    /// <summary>Sends <paramref name="count"/> ticker pushes for <paramref name="symbol"/> at once (a burst, for slow-consumer tests); returns the frames sent.</summary>
    public int Burst(string symbol, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var contract = _market.Contract(symbol);
        var ticker = _market.Ticker(contract);
        var sent = 0;
        for (var i = 0; i < count; i++)
        {
            var step = ticker with { Last = ticker.Last + (i * contract.PriceTick), Mark = ticker.Mark + (i * contract.PriceTick) };
            foreach (var session in _sessions.Keys.Where(s => !s.IsPrivate))
            {
                var key = TickerKey(symbol);
                if (session.Subscription(key) is { } arg)
                {
                    session.Send(StreamFrames.Push(arg, new[] { TickerRow(session.Api, step) }, _time.GetUtcNow()), key);
                    sent++;
                }
            }
        }

        return sent;
    }

    /// <summary>Serves one WebSocket connection until it closes.</summary>
    public async Task AcceptAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await TypedResults.Problem("This path serves WebSocket connections only.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var session = new StreamSession(socket, context.Request.Path.Value!, this, _faults, _time, _options);
        _sessions.TryAdd(session, 0);
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await session.RunAsync(stop.Token);
        }
        finally
        {
            _sessions.TryRemove(session, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _exchange.Touched -= Signal;
        await _tick.DisposeAsync();
        await _stopping.CancelAsync();
        _signal.Writer.TryComplete();
        await _pump;
        _stopping.Dispose();
    }

    internal (string? ApiKey, int Code, string Message) Authenticate(StreamSession session, JsonElement args)
    {
        if (_faults.NextStream(session.Path, FaultKind.StreamRefuseLogin))
        {
            return (null, 30005, "Login failed");
        }

        var result = StreamLogin.Check(args, session.Api, _exchange, _time);
        if (result.ApiKey is { } key)
        {
            Baseline(key);
        }

        return result;
    }

    internal (int Code, string Message)? Validate(StreamSession session, StreamArg arg) => StreamChannels.Check(session, arg, _market);

    private void Signal() => _signal.Writer.TryWrite(true);

    private void Tick()
    {
        var now = _time.GetUtcNow();
        foreach (var idle in _sessions.Keys.Where(s => now - s.LastHeard > IdleLimit))
        {
            _logger.LogInformation("Closing {Session}: silent for more than {Limit}", idle, IdleLimit);
            idle.Abort();
        }

        Signal();
    }

    private void Remember(StreamRecord record)
    {
        lock (_recordGate)
        {
            _record.Enqueue(record);
            while (_record.Count > MaxRecord)
            {
                _record.Dequeue();
            }
        }
    }

    private async Task PumpLoopAsync()
    {
        await foreach (var _ in _signal.Reader.ReadAllAsync())
        {
            try
            {
                Pump();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or WebSocketException)
            {
                _logger.LogWarning(ex, "Stream push failed");
            }
        }
    }
}
