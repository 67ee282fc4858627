using Bitget.Client.Exchange;
using Bitget.Client.Streams;
using Bitget.Client.Trading;
using Bitget.Client;
using Microsoft.Extensions.Options;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Monitoring.Health;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.State.Leases;

namespace Sentinel.Functions.Streaming;

/// <summary>
/// One streaming watch: for <see cref="StreamingOptions.Duration"/>, streams the tickers of every open position's symbol
/// and every symbol a rule names, and on every update (latest wins) runs the polling tick's own observers (alert rules,
/// then risk rules through the guard) on the stored snapshot with the streamed prices laid over it
/// (<see cref="StreamedSnapshot"/>), under the tick's lease. So the lifecycle, the alert states and their ETags, the
/// outbox and the guard are the polling tick's: an alert either path decides is stored and sent once. The watch stores
/// no snapshot; the polling tick stays the source of truth and keeps running. When the stream cannot be opened or
/// drops, <see cref="StreamState"/> says so (component <c>stream</c> in <c>/api/health</c>) and the polling tick alone
/// watches until the stream is back.
/// </summary>
public sealed partial class StreamingWatch(
    ExchangePortProvider exchange,
    SnapshotStore snapshots,
    PriceHistoryStore history,
    RuleStore rules,
    TableLeaseManager leases,
    IEnumerable<ITickObserver> observers,
    StreamState state,
    IOptions<StreamingOptions> options,
    IOptions<ExchangeOptions> exchangeOptions,
    IOptions<MonitorOptions> monitorOptions,
    MonitorSchedule schedule,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<StreamingWatch>();

    /// <summary>Streams until the window ends or <paramref name="cancellationToken"/> fires; returns the evaluations it ran.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        using var window = new CancellationTokenSource(settings.Duration, timeProvider);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, window.Token);
        var basis = await LoadBasisAsync(cancellationToken).ConfigureAwait(false);
        if (basis is null)
        {
            Down("no snapshot stored by the polling tick yet");
            return 0;
        }

        var symbols = await SymbolsAsync(basis, cancellationToken).ConfigureAwait(false);
        if (symbols.Count == 0)
        {
            // Nothing a rule could react to: no open position, no listed symbol named by a rule. Not a stream failure.
            LogNothingToStream(_logger);
            return 0;
        }

        var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
        var productType = new ExchangePortOptions { ProductType = exchangeOptions.Value.ProductType }.GetProductType();
        await using var streams = new BitgetStreamClient(new BitgetStreamOptions { BaseAddress = settings.BaseAddress }, timeProvider: timeProvider, loggerFactory: loggerFactory);
        streams.EventRaised += OnStreamEvent;
        await using var feed = new TickerFeed(streams, port.AccountKind, productType, state);
        try
        {
            await feed.AddAsync(symbols, watching.Token).ConfigureAwait(false);
            if (!await FirstUpdateAsync(feed, watching.Token).ConfigureAwait(false))
            {
                Down($"no ticker arrived within Streaming__ConnectTimeout ({settings.ConnectTimeout})");
            }

            return await WatchAsync(feed, basis, watching.Token, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The window ended: the next invocation takes over.
            return 0;
        }
    }

    // Subscribing only queues the requests (the client connects in the background): the first push is the proof.
    private async Task<bool> FirstUpdateAsync(TickerFeed feed, CancellationToken watching)
    {
        using var timeout = new CancellationTokenSource(options.Value.ConnectTimeout, timeProvider);
        using var connect = CancellationTokenSource.CreateLinkedTokenSource(watching, timeout.Token);
        try
        {
            return await feed.WaitForChangeAsync(connect.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!watching.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<int> WatchAsync(TickerFeed feed, StreamBasis basis, CancellationToken watching, CancellationToken cancellationToken)
    {
        var evaluations = 0;
        try
        {
            while (await feed.WaitForChangeAsync(watching).ConfigureAwait(false))
            {
                // An evaluation once started finishes even when the window ends: its writes are the tick's, all or nothing.
                var (ran, next) = await TryEvaluateAsync(feed, basis, cancellationToken).ConfigureAwait(false);
                basis = next;
                if (ran)
                {
                    evaluations++;
                    continue;
                }

                // The polling tick holds the lease: try the newest prices again shortly (its own evaluation may already cover them).
                await Task.Delay(options.Value.LeaseRetryDelay, timeProvider, watching).ConfigureAwait(false);
                feed.Retry();
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The window ended: the next invocation takes over.
        }

        return evaluations;
    }

    private async Task<(bool Ran, StreamBasis Basis)> TryEvaluateAsync(TickerFeed feed, StreamBasis basis, CancellationToken cancellationToken)
    {
        // The tick's own lease and length, so an evaluation and a polling tick never overlap.
        var duration = monitorOptions.Value.LeaseDuration ?? schedule.IntervalAfter(timeProvider.GetUtcNow());
        // Held like the tick holds it: renewed while the observers work, and their work is cancelled if it is lost.
        await using var hold = await leases.TryHoldAsync(MonitorTick.LeaseName, "stream-" + Guid.NewGuid().ToString("N"), duration, cancellationToken).ConfigureAwait(false);
        if (hold is null)
        {
            return (false, basis);
        }

        using var whileHeld = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);
        var held = whileHeld.Token;
        var status = await snapshots.ReadStatusAsync(held).ConfigureAwait(false);
        if (status is not null && status.LastSuccessAt != basis.Status.LastSuccessAt)
        {
            basis = await LoadBasisAsync(held).ConfigureAwait(false) ?? basis;
            await feed.AddAsync(basis.Snapshot.Positions.Select(p => p.Symbol), held).ConfigureAwait(false);
        }

        var now = timeProvider.GetUtcNow();
        var snapshot = StreamedSnapshot.Overlay(basis.Snapshot, feed.TakeLatest(), now);
        // Previous positions = current ones: opened/closed/flipped are the polling tick's to see (the stream carries prices only).
        var tick = new MonitorTickResult(TickOutcome.Succeeded, now, snapshot, snapshot.Positions, basis.History, status ?? basis.Status) { Streamed = true };
        foreach (var observer in observers)
        {
            await observer.OnTickAsync(tick, held).ConfigureAwait(false);
        }

        state.Evaluated();
        return (true, basis);
    }

    private async Task<StreamBasis?> LoadBasisAsync(CancellationToken cancellationToken)
    {
        var status = snapshots.ReadStatusAsync(cancellationToken);
        var tickers = snapshots.ReadTickersAsync(null, cancellationToken);
        var positions = snapshots.ReadPositionsAsync(cancellationToken);
        var account = snapshots.ReadAccountAsync(cancellationToken);
        var prices = history.LoadAsync(cancellationToken);
        await Task.WhenAll(status, tickers, positions, account, prices).ConfigureAwait(false);
        if (await status.ConfigureAwait(false) is not { LastSuccessAt: not null } stored || await account.ConfigureAwait(false) is not { } read)
        {
            return null;
        }

        var snapshot = new ExchangeSnapshot(read.ReadAt, await tickers.ConfigureAwait(false), await positions.ConfigureAwait(false), read.Account);
        return new StreamBasis(snapshot, (await prices.ConfigureAwait(false)).Series, stored);
    }

    /// <summary>Every open position's symbol and every symbol a rule names that the exchange lists (an unknown one would fail the subscription).</summary>
    private async Task<IReadOnlyCollection<string>> SymbolsAsync(StreamBasis basis, CancellationToken cancellationToken)
    {
        var compiled = await rules.LoadCompiledAsync(null, cancellationToken).ConfigureAwait(false);
        var listed = basis.Snapshot.Tickers.Select(t => t.Symbol).ToHashSet(StringComparer.Ordinal);
        var named = compiled.Rules.Where(r => r.SymbolIds is not null).SelectMany(r => r.SymbolIds!).Select(compiled.Symbols.NameOf).Where(listed.Contains);
        return basis.Snapshot.Positions.Select(p => p.Symbol).Concat(named).ToHashSet(StringComparer.Ordinal);
    }

    private void OnStreamEvent(object? sender, StreamEventArgs e)
    {
        switch (e.Kind)
        {
            case StreamEventKind.Disconnected:
                Down("disconnected" + (e.Error is null ? "" : ": " + e.Error.Message));
                break;
            case StreamEventKind.Reconnecting:
                Down($"reconnecting, attempt {e.Attempt}");
                break;
        }
    }

    private void Down(string reason)
    {
        state.Fallback(reason);
        LogFallback(_logger, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Streaming watch: nothing to stream (no open position, no listed symbol named by a rule)")]
    private static partial void LogNothingToStream(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Streaming watch: stream down ({Reason}); the polling tick alone watches the account")]
    private static partial void LogFallback(ILogger logger, string reason);
}
