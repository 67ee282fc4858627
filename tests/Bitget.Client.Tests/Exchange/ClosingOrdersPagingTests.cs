using Bitget.Client.Exchange;
using Bitget.Client.Trading;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// The order-history search that settles a lost close reply. On v2, <c>startTime</c> takes precedence over
/// <c>idLessThan</c> (BITGET-API.md §6), so a pager can repeat the first page: an order counted twice doubles the
/// size seen closed, and answering from the first page alone could miss the close. A record that cannot be read to
/// the start says so instead.
/// </summary>
public sealed class ClosingOrdersPagingTests
{
    private static readonly DateTimeOffset Since = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly List<HistoryRow> History = [.. Enumerable.Range(0, 150).Select(i => new HistoryRow((9000 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), Since.AddSeconds(150 - i)))];

    [Fact]
    public async Task APagerThatRepeatsTheFirstPage_CannotTell_InsteadOfAnsweringFromOnePage()
    {
        var calls = 0;

        var incomplete = await Assert.ThrowsAsync<OrderHistoryIncompleteException>(() => ExchangePortOperations.ClosingOrdersAsync<HistoryRow>(
            "BTCUSDT",
            (_, limit, _) => { calls++; return Task.FromResult<(IReadOnlyList<HistoryRow>, string?)>(([.. History.Take(limit)], History[limit - 1].Id)); },
            o => o.CreatedAt, _ => true, Map, Since, CancellationToken.None));

        Assert.Equal(100, incomplete.OrdersRead);
        Assert.True(calls <= 3, $"{calls} pages read");
    }

    [Fact]
    public async Task APagerWithoutATimeBound_StopsAtThePageThatReachesTheStart_AndKeepsOnlyOrdersSinceIt()
    {
        var pages = 0;

        var found = await ExchangePortOperations.ClosingOrdersAsync<HistoryRow>(
            "BTCUSDT",
            (cursor, limit, _) => { pages++; return Task.FromResult(CursorPage(cursor, limit)); },
            o => o.CreatedAt, _ => true, Map, Since.AddSeconds(60), CancellationToken.None);

        Assert.Equal(91, found.Count);
        Assert.Equal(1, pages);
    }

    [Fact]
    public async Task APagerThatHonoursTheCursor_AllOfMoreThanAPage_AreRead()
    {
        var found = await ExchangePortOperations.ClosingOrdersAsync<HistoryRow>(
            "BTCUSDT", (cursor, limit, _) => Task.FromResult(CursorPage(cursor, limit)), o => o.CreatedAt, _ => true, Map, Since, CancellationToken.None);

        Assert.Equal(150, found.Select(o => o.OrderId).Distinct().Count());
        Assert.Equal(150, found.Count);
    }

    [Fact]
    public async Task MoreOrdersSinceTheStartThanTheSearchReads_CannotTell_AfterTenPages()
    {
        var many = Enumerable.Range(0, 1500).Select(i => new HistoryRow((50_000 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), Since.AddSeconds(1500 - i))).ToList();
        var pages = 0;

        var incomplete = await Assert.ThrowsAsync<OrderHistoryIncompleteException>(() => ExchangePortOperations.ClosingOrdersAsync<HistoryRow>(
            "BTCUSDT",
            (cursor, limit, _) =>
            {
                pages++;
                var page = many.SkipWhile(o => cursor is not null && string.CompareOrdinal(o.Id, cursor) >= 0).Take(limit).ToList();
                return Task.FromResult<(IReadOnlyList<HistoryRow>, string?)>((page, page[^1].Id));
            },
            o => o.CreatedAt, _ => true, Map, Since, CancellationToken.None));

        Assert.Equal((10, 1000), (pages, incomplete.OrdersRead));
    }

    // Pages newest first after the cursor (the last id of the previous page), as idLessThan and v3's cursor do.
    private static (IReadOnlyList<HistoryRow>, string?) CursorPage(string? cursor, int limit)
    {
        var page = History.SkipWhile(o => cursor is not null && string.CompareOrdinal(o.Id, cursor) >= 0).Take(limit).ToList();
        return (page, page.Count > 0 ? page[^1].Id : null);
    }

    private static ExchangeOrder Map(HistoryRow row) => new(row.Id, string.Empty, "BTCUSDT", ExchangeOrderStatus.Filled, 1m, 1m, null, ReduceOnly: true);

    private sealed record HistoryRow(string Id, DateTimeOffset CreatedAt);
}
