using Bitget.Client.Http;
using Bitget.Client.Trading;
using Bitget.Client.V3.Account;
using Bitget.Client.V3.Market;
using Bitget.Client.V3.Orders;
using Bitget.Client.V3.Positions;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.V3;

/// <summary>Bitget's v3 API for unified (UTA) accounts; classic keys get <c>40084</c> (<see cref="Errors.BitgetErrorKind.WrongAccountKind"/>).</summary>
internal sealed class UnifiedApi
{
    internal UnifiedApi(BitgetTransport transport, BitgetClientOptions options, ClientOid clientOids, TimeProvider timeProvider, ILogger logger)
    {
        Market = new UnifiedMarketApi(transport);
        Account = new UnifiedAccountApi(transport);
        Positions = new UnifiedPositionsApi(transport);
        Orders = new UnifiedOrdersApi(transport, options, clientOids, timeProvider, logger);
    }

    /// <summary>Public market data.</summary>
    public UnifiedMarketApi Market { get; }

    /// <summary>Account assets and settings.</summary>
    public UnifiedAccountApi Account { get; }

    /// <summary>Positions.</summary>
    public UnifiedPositionsApi Positions { get; }

    /// <summary>Orders and TP/SL.</summary>
    public UnifiedOrdersApi Orders { get; }
}
