using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Configuration;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.Errors;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>
/// What the monitoring tick stored, as HTTP answers (<see cref="MonitoringFunctions"/>). Before the first successful
/// tick positions and snapshot answer 404 problem details saying so. <c>GET /api/status</c> always answers 200: when
/// the state store is down or slower than its budget, <see cref="StatusView.StateError"/> says why and the last tick is unknown.
/// </summary>
internal static class MonitoringEndpoints
{
    public static async Task<Ok<StatusView>> GetStatusAsync(
        SnapshotStore store, ExchangePortProvider exchange, IOptions<SentinelOptions> sentinel, IOptions<ExchangeOptions> options,
        TimeSpan budget, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var (status, error) = await ReadStatusWithinAsync(store, budget, timeProvider, cancellationToken);
        var kind = exchange.AccountKind ?? status?.AccountKind;
        return TypedResults.Ok(new StatusView(
            sentinel.Value.Mode,
            Words.Of(options.Value.AccountKind),
            Words.Of(kind),
            options.Value.ProductType,
            status is null ? null : TickView.From(status),
            error));
    }

    private static async Task<(TickStatus? Status, string? Error)> ReadStatusWithinAsync(SnapshotStore store, TimeSpan budget, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(budget, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return (await store.ReadStatusAsync(linked.Token).WaitAsync(linked.Token), null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"The state store did not answer within {budget.TotalSeconds:0.#} s; the last tick is unknown.");
        }
        catch (Exception e) when (DependencyFailure.Describe(e) is { } why)
        {
            return (null, why + " The last tick is unknown.");
        }
    }

    public static async Task<Results<Ok<PositionsView>, ProblemHttpResult>> GetPositionsAsync(SnapshotStore store, CancellationToken cancellationToken)
    {
        var account = await store.ReadAccountAsync(cancellationToken);
        if (account is null)
        {
            return NoTickYet();
        }

        var positions = await store.ReadPositionsAsync(cancellationToken);
        return TypedResults.Ok(new PositionsView(account.Value.ReadAt, positions.Select(PositionView.From).ToList()));
    }

    public static async Task<Results<Ok<SnapshotView>, ProblemHttpResult>> GetSnapshotAsync(SnapshotStore store, string? symbol, CancellationToken cancellationToken)
    {
        var account = await store.ReadAccountAsync(cancellationToken);
        if (account is null)
        {
            return NoTickYet();
        }

        var filter = string.IsNullOrWhiteSpace(symbol) ? null : symbol.Trim().ToUpperInvariant();
        if (filter is not null && !IsSymbol(filter))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "symbol must be a contract symbol such as BTCUSDT (letters and digits).");
        }

        var tickersTask = store.ReadTickersAsync(filter, cancellationToken);
        var positionsTask = store.ReadPositionsAsync(cancellationToken);
        var tickers = await tickersTask;
        var positions = (await positionsTask).Where(p => filter is null || p.Symbol == filter).ToList();
        if (filter is not null && tickers.Count == 0 && positions.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown symbol", detail: $"The latest snapshot has no ticker or position for {filter}.");
        }

        return TypedResults.Ok(new SnapshotView(
            account.Value.ReadAt,
            tickers.OrderBy(t => t.Symbol, StringComparer.Ordinal).Select(TickerView.From).ToList(),
            positions.Select(PositionView.From).ToList(),
            AccountView.From(account.Value.Account)));
    }

    private static ProblemHttpResult NoTickYet() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No snapshot yet",
        detail: "No monitoring tick has read the exchange successfully yet; see GET /api/status for the last attempt.");

    private static bool IsSymbol(string value) => value.Length <= 40 && value.All(char.IsAsciiLetterOrDigit);
}
