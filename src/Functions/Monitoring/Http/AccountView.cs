using Bitget.Client.Trading;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>The account as the HTTP API shows it.</summary>
internal sealed record AccountView(string MarginCoin, decimal Equity, decimal Available, decimal UnrealizedPnl, decimal? MarginRatio)
{
    public static AccountView From(ExchangeAccount a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.MarginCoin, a.Equity, a.Available, a.UnrealizedPnl, a.MarginRatio);
    }
}
