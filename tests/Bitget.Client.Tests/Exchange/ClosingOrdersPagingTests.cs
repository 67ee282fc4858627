using Bitget.Client.Exchange;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// The order-history search that settles a lost close reply. On v2, <c>startTime</c> takes precedence over
/// <c>idLessThan</c> (BITGET-API.md §6), so the next page can repeat the first: an order counted twice doubles the
/// size seen closed, and a close that never happened could be recorded as filled.
/// </summary>
public sealed class ClosingOrdersPagingTests
{
    private static readonly DateTimeOffset Since = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly List<HistoryRow> History = [.. Enumerable.Range(0, 150).Select(i => new HistoryRow((9000 - i).ToString(System.Globalization.CultureInfo.InvariantCulture), Since.AddSeconds(150 - i)))];

    [Fact]
    public async Task APagerThatRepeatsTheFirstPage_EachOrderCountedOnce_AndTheSearchStops()
    {
        var calls = 0;

        var found = await ExchangePortOperations.ClosingOrdersAsync<HistoryRow>(
            (_, limit, _) => { calls++; return Task.FromResult<(IReadOnlyList<HistoryRow>, string?)>(([.. History.Take(limit)], History[limit - 1].Id)); },
            o => o.CreatedAt, _ => true, Map, Since, CancellationToken.None);

        Assert.Equal(100, found.Count);
        Assert.Equal(100, found.Select(o => o.OrderId).Distinct().Count());
        Assert.True(calls <= 3, $"{calls} pages read");
    }

    [Fact]
    public async Task APagerThatHonoursTheCursor_AllOfMoreThanAPage_AreRead()
    {
        var found = await ExchangePortOperations.ClosingOrdersAsync<HistoryRow>(
            (cursor, limit, _) =>
            {
                var page = History.SkipWhile(o => cursor is not null && string.CompareOrdinal(o.Id, cursor) >= 0).Take(limit).ToList();
                return Task.FromResult<(IReadOnlyList<HistoryRow>, string?)>((page, page.Count > 0 ? page[^1].Id : null));
            },
            o => o.CreatedAt, _ => true, Map, Since, CancellationToken.None);

        Assert.Equal(150, found.Select(o => o.OrderId).Distinct().Count());
        Assert.Equal(150, found.Count);
    }

    private static ExchangeOrder Map(HistoryRow row) => new(row.Id, string.Empty, "BTCUSDT", ExchangeOrderStatus.Filled, 1m, 1m, null, ReduceOnly: true);

    private sealed record HistoryRow(string Id, DateTimeOffset CreatedAt);
}
