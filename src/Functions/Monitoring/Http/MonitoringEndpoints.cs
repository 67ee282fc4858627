using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Configuration;
using Sentinel.Functions.Exchange;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>
/// What the monitoring tick stored, as HTTP answers (<see cref="MonitoringFunctions"/>). Before the first successful
/// tick positions and snapshot answer 404 problem details saying so.
/// </summary>
internal static class MonitoringEndpoints
{
    public static async Task<Ok<StatusView>> GetStatusAsync(
        SnapshotStore store, ExchangePortProvider exchange, IOptions<SentinelOptions> sentinel, IOptions<ExchangeOptions> options, CancellationToken cancellationToken)
    {
        var status = await store.ReadStatusAsync(cancellationToken);
        var kind = exchange.AccountKind ?? status?.AccountKind;
        return TypedResults.Ok(new StatusView(
            sentinel.Value.Mode,
            Words.Of(options.Value.AccountKind),
            Words.Of(kind),
            options.Value.ProductType,
            status is null ? null : TickView.From(status)));
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
