using Bitget.Client.Errors;
using Bitget.Client.Http;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.Orders;

/// <summary>
/// Places one order without ever creating two (v2 and v3 alike). The order always carries a clientOid. When the reply
/// is lost (timeout, connection drop, 5xx, transient Bitget code) or Bitget says the clientOid is a duplicate, the
/// order is looked up by clientOid first: found → that order is the result; proven absent → resent with the same
/// clientOid (at most <see cref="BitgetClientOptions.MaxOrderResends"/> times); lookup impossible →
/// <see cref="OrderOutcomeUnknownException"/>.
/// </summary>
internal sealed class OrderPlacement(BitgetClientOptions options, ILogger logger)
{
    /// <param name="clientOid">The order's clientOid, already in the body <paramref name="send"/> posts.</param>
    /// <param name="path">The place-order path, for errors and logs.</param>
    /// <param name="send">Posts the order once.</param>
    /// <param name="findOrderId">Looks the order up by clientOid: its orderId, or null when Bitget does not know it.</param>
    /// <param name="cancellationToken">Cancels the placement.</param>
    public async Task<OrderAck> PlaceAsync(string clientOid, string path, Func<CancellationToken, Task<OrderAck?>> send, Func<CancellationToken, Task<string?>> findOrderId, CancellationToken cancellationToken)
    {
        for (var resends = 0; ; resends++)
        {
            BitgetApiException failure;
            try
            {
                var ack = await send(cancellationToken).ConfigureAwait(false);
                if (!string.IsNullOrEmpty(ack?.OrderId))
                {
                    return ack with { ClientOid = string.IsNullOrEmpty(ack.ClientOid) ? clientOid : ack.ClientOid };
                }

                // Accepted without an orderId (a one-way reduce-only order that displaced older ones): the id comes
                // from the lookup, and the order is never resent.
                return new OrderAck { OrderId = await findOrderId(cancellationToken).ConfigureAwait(false), ClientOid = clientOid };
            }
            catch (BitgetApiException ex) when (OutcomeUnknown(ex) || ex.Kind == BitgetErrorKind.DuplicateClientOid)
            {
                failure = ex;
            }

            TransportLog.OrderOutcomeUnknown(logger, clientOid, path, failure.Code ?? failure.Kind.ToString());
            var found = await LookUpAsync(clientOid, path, findOrderId, failure, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                TransportLog.OrderFound(logger, clientOid, found);
                return new OrderAck { OrderId = found, ClientOid = clientOid };
            }

            if (failure.Kind == BitgetErrorKind.DuplicateClientOid || resends >= options.MaxOrderResends)
            {
                throw new OrderOutcomeUnknownException(clientOid, path, failure);
            }

            TransportLog.OrderResent(logger, clientOid);
        }
    }

    /// <summary>Failures after which Bitget may or may not have accepted the order.</summary>
    private static bool OutcomeUnknown(BitgetApiException ex) =>
        ex.Kind is BitgetErrorKind.Network or BitgetErrorKind.ServerError
        || (ex.Kind == BitgetErrorKind.Unknown && ex.Code is null);

    private static async Task<string?> LookUpAsync(string clientOid, string path, Func<CancellationToken, Task<string?>> findOrderId, BitgetApiException failure, CancellationToken cancellationToken)
    {
        try
        {
            return await findOrderId(cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException lookupFailure)
        {
            throw new OrderOutcomeUnknownException(clientOid, path, new AggregateException(failure, lookupFailure));
        }
    }
}
