using Bitget.Client.Errors;
using Bitget.Client.Http;
using Bitget.Client.Json;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.Orders;

/// <summary>
/// Places one order without ever creating two. The order always carries a clientOid. When the reply is lost
/// (timeout, connection drop, 5xx, transient Bitget code) or Bitget says the clientOid is a duplicate, the order is
/// looked up by clientOid first: found → that order is the result; proven absent → resent with the same clientOid
/// (at most <see cref="BitgetClientOptions.MaxOrderResends"/> times); lookup impossible → <see cref="OrderOutcomeUnknownException"/>.
/// </summary>
internal sealed class OrderPlacement(BitgetTransport transport, BitgetClientOptions options, Func<string, string, ProductType, CancellationToken, Task<FuturesOrder?>> findByClientOid, ILogger logger)
{
    public async Task<OrderAck> PlaceAsync(PlaceOrderRequest request, string clientOid, CancellationToken cancellationToken)
    {
        var body = request.ToBody(clientOid);
        var path = OrderEndpoints.PlaceOrder.Path;
        for (var resends = 0; ; resends++)
        {
            BitgetApiException failure;
            try
            {
                var ack = await transport.PostAsync(OrderEndpoints.PlaceOrder, body, BitgetJsonContext.Default.PlaceOrderBody, BitgetJsonContext.Default.OrderAck, request.ProductType, cancellationToken).ConfigureAwait(false);
                if (!string.IsNullOrEmpty(ack?.OrderId))
                {
                    return ack with { ClientOid = string.IsNullOrEmpty(ack.ClientOid) ? clientOid : ack.ClientOid };
                }

                return await AcceptedWithoutIdAsync(request, clientOid, cancellationToken).ConfigureAwait(false);
            }
            catch (BitgetApiException ex) when (OutcomeUnknown(ex) || ex.Kind == BitgetErrorKind.DuplicateClientOid)
            {
                failure = ex;
            }

            TransportLog.OrderOutcomeUnknown(logger, clientOid, path, failure.Code ?? failure.Kind.ToString());
            var found = await LookUpAsync(request, clientOid, failure, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                TransportLog.OrderFound(logger, clientOid, found.OrderId);
                return new OrderAck { OrderId = found.OrderId, ClientOid = clientOid };
            }

            if (failure.Kind == BitgetErrorKind.DuplicateClientOid || resends >= options.MaxOrderResends)
            {
                throw new OrderOutcomeUnknownException(clientOid, path, failure);
            }

            TransportLog.OrderResent(logger, clientOid);
        }
    }

    /// <summary>
    /// Bitget accepted the order but sent no orderId (a one-way reduce-only order that displaced older ones does
    /// this); the id comes from the lookup, and the order is never resent.
    /// </summary>
    private async Task<OrderAck> AcceptedWithoutIdAsync(PlaceOrderRequest request, string clientOid, CancellationToken cancellationToken)
    {
        var found = await findByClientOid(request.Symbol, clientOid, request.ProductType, cancellationToken).ConfigureAwait(false);
        return new OrderAck { OrderId = found?.OrderId, ClientOid = clientOid };
    }

    /// <summary>Failures after which Bitget may or may not have accepted the order.</summary>
    private static bool OutcomeUnknown(BitgetApiException ex) =>
        ex.Kind is BitgetErrorKind.Network or BitgetErrorKind.ServerError
        || (ex.Kind == BitgetErrorKind.Unknown && ex.Code is null);

    private async Task<FuturesOrder?> LookUpAsync(PlaceOrderRequest request, string clientOid, BitgetApiException failure, CancellationToken cancellationToken)
    {
        try
        {
            return await findByClientOid(request.Symbol, clientOid, request.ProductType, cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException lookupFailure)
        {
            throw new OrderOutcomeUnknownException(clientOid, OrderEndpoints.PlaceOrder.Path, new AggregateException(failure, lookupFailure));
        }
    }
}
