using Bitget.Simulator.Market;

namespace Bitget.Simulator.Exchange;

/// <summary>Market data derived from the exchange: tickers, a synthetic book around the last price, recent trades.</summary>
public sealed class MarketView(SimulatedExchange exchange, TimeProvider time)
{
    public const decimal FundingRate = 0.0001m;

    public IReadOnlyList<ContractSpec> Contracts => exchange.Contracts;

    public ContractSpec Contract(string symbol, string parameter = "symbol") =>
        exchange.Contracts.FirstOrDefault(c => string.Equals(c.Symbol, symbol, StringComparison.OrdinalIgnoreCase))
        ?? throw new Wire.BitgetErrorException("40034", $"Parameter {symbol} does not exist");

    public TickerStats Ticker(ContractSpec contract)
    {
        var now = time.GetUtcNow();
        var (open, high, low) = exchange.Prices.Since(contract.Symbol, now.AddDays(-1));
        var last = exchange.Prices.Last(contract.Symbol);
        return new TickerStats(contract.Symbol, last, exchange.Prices.Mark(contract.Symbol), last, last + contract.PriceTick,
            open, high, low, exchange.OpenInterest(contract.Symbol), now);
    }

    /// <summary>Levels one tick apart from the touch, sizes growing with depth (deterministic).</summary>
    public (IReadOnlyList<(decimal Price, decimal Size)> Asks, IReadOnlyList<(decimal Price, decimal Size)> Bids) Book(ContractSpec contract, int depth)
    {
        var ticker = Ticker(contract);
        var asks = Enumerable.Range(0, depth).Select(i => (ticker.Ask + i * contract.PriceTick, contract.MinTradeNum * 100 * (i + 1))).ToList();
        var bids = Enumerable.Range(0, depth).Select(i => (ticker.Bid - i * contract.PriceTick, contract.MinTradeNum * 100 * (i + 1)))
            .Where(l => l.Item1 > 0).ToList();
        return (asks, bids);
    }

    public DateTimeOffset NextFunding()
    {
        var now = time.GetUtcNow();
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
        return start.AddHours((Math.Floor(now.Hour / 8.0) + 1) * 8);
    }

    public DateTimeOffset Now => time.GetUtcNow();
}
