using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bitget.Client.Credentials;
using Bitget.Client.Errors;
using Bitget.Client.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bitget.Client.Http;

/// <summary>
/// Sends one logical Bitget call: builds the request, unwraps the envelope, turns every failure into
/// <see cref="BitgetApiException"/>, and resends once after a stale clock or rejected credentials when that is safe.
/// Signing, rate limiting and retries happen per attempt in the handlers below it.
/// </summary>
internal sealed class BitgetTransport(
    Func<HttpClient> http,
    BitgetClientOptions options,
    IBitgetCredentialsProvider? credentials,
    ServerClock clock,
    TimeProvider timeProvider,
    ILogger logger) : IDisposable
{
    /// <summary>Bitget's clock, which every signed request's timestamp is kept by.</summary>
    internal static readonly BitgetEndpoint ServerTimeEndpoint = BitgetEndpoint.PublicGet("/api/v2/public/time");

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly SemaphoreSlim _clockGate = new(1, 1);

    public ServerClock Clock => clock;

    public Task<T> GetAsync<T>(BitgetEndpoint endpoint, QueryParameters query, JsonTypeInfo<T> type, ProductType? productType, CancellationToken cancellationToken) =>
        SendAsync(endpoint, query, null, type, productType, cancellationToken);

    public Task<T> PostAsync<TBody, T>(BitgetEndpoint endpoint, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, ProductType? productType, CancellationToken cancellationToken) =>
        SendAsync(endpoint, new QueryParameters(), JsonSerializer.Serialize(body, bodyType), type, productType, cancellationToken);

    public void Dispose() => _clockGate.Dispose();

    /// <summary>Measures the offset between the local clock and Bitget's.</summary>
    public async Task<DateTimeOffset> SynchronizeClockAsync(CancellationToken cancellationToken)
    {
        var sentAt = timeProvider.GetUtcNow();
        var reply = await ExchangeAsync(ServerTimeEndpoint, new QueryParameters(), null, null, HttpJsonContext.Default.ServerTime, cancellationToken).ConfigureAwait(false);
        var receivedAt = timeProvider.GetUtcNow();
        var serverTime = reply!.Time;
        clock.Synchronize(serverTime, sentAt, receivedAt);
        TransportLog.ClockSynchronized(logger, clock.Offset.TotalMilliseconds);
        return serverTime;
    }

    private async Task<T> SendAsync<T>(BitgetEndpoint endpoint, QueryParameters query, string? body, JsonTypeInfo<T> type, ProductType? productType, CancellationToken cancellationToken)
    {
        if (endpoint.Signed && credentials is null)
        {
            throw new InvalidOperationException($"{endpoint.Path} is private; create the client with an IBitgetCredentialsProvider.");
        }

        var clockResent = false;
        var credentialsResent = false;
        while (true)
        {
            await EnsureClockAsync(endpoint, cancellationToken).ConfigureAwait(false);
            try
            {
                return (await ExchangeAsync(endpoint, query, body, productType, type, cancellationToken).ConfigureAwait(false))!;
            }
            catch (BitgetApiException ex) when (endpoint.Signed && CanResend(endpoint, ex))
            {
                if (ex.Kind == BitgetErrorKind.TimestampExpired && !clockResent)
                {
                    clockResent = true;
                    TransportLog.ClockRejected(logger, endpoint.Path, ex.Code);
                    await SynchronizeClockAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (BitgetErrorCatalog.IsCredentialRejection(ex.Code) && !credentialsResent)
                {
                    credentialsResent = true;
                    credentials!.Invalidate();
                    TransportLog.CredentialsRejected(logger, endpoint.Path, ex.Code);
                    continue;
                }

                throw;
            }
        }
    }

    private static bool CanResend(BitgetEndpoint endpoint, BitgetApiException ex) =>
        endpoint.Method == HttpMethod.Get || ex.ProvesNotProcessed;

    private async Task EnsureClockAsync(BitgetEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (!endpoint.Signed || !options.SynchronizeClock || clock.IsSynchronized)
        {
            return;
        }

        await _clockGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!clock.IsSynchronized)
            {
                await SynchronizeClockAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _clockGate.Release();
        }
    }

    private async Task<T?> ExchangeAsync<T>(BitgetEndpoint endpoint, QueryParameters query, string? body, ProductType? productType, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var isWrite = endpoint.Method != HttpMethod.Get;
        try
        {
            var data = await ExchangeOnceAsync(endpoint, query, body, productType, type, cancellationToken).ConfigureAwait(false);
            if (isWrite)
            {
                WriteJournal.MayHaveWritten();
            }

            return data;
        }
        catch (Exception ex) when (isWrite && ex is not BitgetApiException { ProvesNotProcessed: true })
        {
            WriteJournal.MayHaveWritten();
            throw;
        }
    }

    private async Task<T?> ExchangeOnceAsync<T>(BitgetEndpoint endpoint, QueryParameters query, string? body, ProductType? productType, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(endpoint, query, body, productType);
        try
        {
            using var response = await http().SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return EnvelopeReader.Read(bytes, response.StatusCode, endpoint.Path, type);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is BrokenCircuitException or HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException)
        {
            throw NoReply(endpoint, ex, DispatchTrackingHandler.WasDispatched(request));
        }
    }

    /// <summary>A failure without a Bitget reply; one never handed to the network proves Bitget did not process it.</summary>
    private static BitgetApiException NoReply(BitgetEndpoint endpoint, Exception ex, bool dispatched)
    {
        var (kind, what) = ex switch
        {
            BrokenCircuitException => (BitgetErrorKind.CircuitOpen, "calls suspended after repeated failures (circuit open)"),
            TimeoutRejectedException or OperationCanceledException => (BitgetErrorKind.Network, $"timed out: {ex.GetType().Name}"),
            _ => (BitgetErrorKind.Network, $"connection failed: {ex.GetType().Name}"),
        };
        return dispatched
            ? new BitgetApiException(null, what, null, endpoint.Path, kind, ex)
            : BitgetApiException.NotSent($"{what}; the request was never sent", endpoint.Path, kind, ex);
    }

    private HttpRequestMessage BuildRequest(BitgetEndpoint endpoint, QueryParameters query, string? body, ProductType? productType)
    {
        var urlQuery = query.ToUrlString();
        var uri = new Uri(urlQuery.Length == 0 ? endpoint.Path : endpoint.Path + "?" + urlQuery, UriKind.Relative);
        var request = new HttpRequestMessage(endpoint.Method, uri);
        request.Options.Set(BitgetRequestOptions.Endpoint, endpoint);
        request.Options.Set(BitgetRequestOptions.SignedQuery, query.ToSignedString());
        if (body is not null)
        {
            request.Options.Set(BitgetRequestOptions.Body, body);
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = Json } };
        }

        request.Headers.TryAddWithoutValidation("locale", options.Locale);
        if (options.DemoTrading && productType?.IsDemoCoin() != true)
        {
            request.Headers.TryAddWithoutValidation("paptrading", "1");
        }

        return request;
    }
}
