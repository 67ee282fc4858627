using Bitget.Client.Errors;
using Bitget.Client.Http;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.Trading;

/// <summary>
/// Places one order without ever creating two (v2 and v3 alike). The order always carries a clientOid.
/// <list type="bullet">
/// <item>Refused in a way that proves Bitget never processed it (<see cref="BitgetApiException.ProvesNotProcessed"/>:
/// no connection, HTTP 429, a gateway code) and worth trying again → resent once, same clientOid.</item>
/// <item>Reply lost or proving nothing (timeout, dropped connection, 5xx, transient Bitget code, a <c>00000</c> reply
/// whose data cannot be read, a code the catalogue does not know, on any HTTP status), or the clientOid answered as a
/// duplicate → never resent: the request may still be in flight, and a clientOid is unique only while
/// the order is pending. The order is looked up by clientOid up to <see cref="BitgetClientOptions.OrderLookupAttempts"/>
/// times, <see cref="BitgetClientOptions.OrderLookupInterval"/> apart: found → that order; otherwise
/// <see cref="OrderOutcomeUnknownException"/>.</item>
/// <item>Cancelled by the caller while the POST may be on the wire → one lookup, bounded by
/// <see cref="BitgetClientOptions.AttemptTimeout"/> rather than the cancelled token: found → that order; otherwise
/// <see cref="OrderOutcomeUnknownException"/> wrapping the cancellation.</item>
/// <item>Only a failure proving nothing was processed, or a documented business rejection (balance, size, position,
/// parameter, maintenance, authentication…), means "not placed" and is rethrown as is.</item>
/// <item>Accepted without an orderId → one best-effort lookup for the id; the acknowledgement stands when it fails.</item>
/// </list>
/// </summary>
internal sealed class OrderPlacement(BitgetClientOptions options, TimeProvider timeProvider, ILogger logger)
{
    /// <param name="clientOid">The order's clientOid, already in the body <paramref name="send"/> posts.</param>
    /// <param name="path">The place-order path, for errors and logs.</param>
    /// <param name="send">Posts the order once.</param>
    /// <param name="findOrderId">Looks the order up by clientOid: its orderId, or null when Bitget does not know it.</param>
    /// <param name="cancellationToken">Cancels the placement.</param>
    public async Task<OrderAck> PlaceAsync(string clientOid, string path, Func<CancellationToken, Task<OrderAck?>> send, Func<CancellationToken, Task<string?>> findOrderId, CancellationToken cancellationToken)
    {
        OrderAck? ack;
        try
        {
            ack = await SendAsync(clientOid, send, cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException ex) when (OutcomeUnknown(ex))
        {
            TransportLog.OrderOutcomeUnknown(logger, clientOid, path, ex.Code ?? ex.Kind.ToString());
            return await LocateAsync(clientOid, path, findOrderId, ex, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // The caller gave up, not the exchange: the POST may have been processed, so it is never "not placed".
            TransportLog.OrderOutcomeUnknown(logger, clientOid, path, "cancelled");
            return await LocateAfterCancellationAsync(clientOid, path, findOrderId, ex).ConfigureAwait(false);
        }

        if (!string.IsNullOrEmpty(ack?.OrderId))
        {
            return ack with { ClientOid = string.IsNullOrEmpty(ack.ClientOid) ? clientOid : ack.ClientOid };
        }

        // Accepted without an orderId (a one-way reduce-only order that displaced older ones): the order exists, so a
        // failed lookup leaves the id unknown rather than turning an accepted order into an error.
        return new OrderAck { OrderId = await TryFindAsync(findOrderId, cancellationToken).ConfigureAwait(false), ClientOid = clientOid };
    }

    /// <summary>
    /// Failures after which Bitget may or may not hold the order. <see cref="BitgetErrorKind.Unknown"/> covers a code
    /// the catalogue does not document and a <c>00000</c> reply whose data could not be read: neither proves a refusal.
    /// </summary>
    internal static bool OutcomeUnknown(BitgetApiException ex) =>
        ex.Kind == BitgetErrorKind.DuplicateClientOid
        || (!ex.ProvesNotProcessed && ex.Kind is BitgetErrorKind.Network or BitgetErrorKind.ServerError or BitgetErrorKind.Unknown);

    /// <summary>
    /// Sends a write that cannot be looked up as one order (a batch, a position TP + SL): a failure that does not prove
    /// a refusal, or a cancellation, becomes <see cref="OrderOutcomeUnknownException"/> carrying every clientOid sent.
    /// </summary>
    public static async Task<T> SendUnreconciledAsync<T>(IReadOnlyList<string> clientOids, string path, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await send(cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException ex) when (OutcomeUnknown(ex))
        {
            throw new OrderOutcomeUnknownException(clientOids, path, ex);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OrderOutcomeUnknownException(clientOids, path, ex);
        }
    }

    private async Task<OrderAck?> SendAsync(string clientOid, Func<CancellationToken, Task<OrderAck?>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await send(cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException ex) when (ex.ProvesNotProcessed && ex.IsTransient)
        {
            TransportLog.OrderResent(logger, clientOid, ex.Code ?? ex.Kind.ToString());
            return await send(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<OrderAck> LocateAsync(string clientOid, string path, Func<CancellationToken, Task<string?>> findOrderId, BitgetApiException failure, CancellationToken cancellationToken)
    {
        var failures = new List<Exception> { failure };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await findOrderId(cancellationToken).ConfigureAwait(false) is { } found)
                {
                    TransportLog.OrderFound(logger, clientOid, found);
                    return new OrderAck { OrderId = found, ClientOid = clientOid };
                }
            }
            catch (BitgetApiException lookupFailure)
            {
                failures.Add(lookupFailure);
            }

            if (attempt >= options.OrderLookupAttempts)
            {
                throw new OrderOutcomeUnknownException(clientOid, path, failures.Count == 1 ? failure : new AggregateException(failures));
            }

            await Task.Delay(options.OrderLookupInterval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<OrderAck> LocateAfterCancellationAsync(string clientOid, string path, Func<CancellationToken, Task<string?>> findOrderId, OperationCanceledException cancellation)
    {
        using var bounded = new CancellationTokenSource(options.AttemptTimeout, timeProvider);
        Exception failure = cancellation;
        try
        {
            if (await findOrderId(bounded.Token).ConfigureAwait(false) is { } found)
            {
                TransportLog.OrderFound(logger, clientOid, found);
                return new OrderAck { OrderId = found, ClientOid = clientOid };
            }
        }
        catch (Exception lookupFailure) when (lookupFailure is BitgetApiException or OperationCanceledException)
        {
            failure = new AggregateException(cancellation, lookupFailure);
        }

        throw new OrderOutcomeUnknownException(clientOid, path, failure);
    }

    private static async Task<string?> TryFindAsync(Func<CancellationToken, Task<string?>> findOrderId, CancellationToken cancellationToken)
    {
        try
        {
            return await findOrderId(cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException)
        {
            return null;
        }
    }
}
