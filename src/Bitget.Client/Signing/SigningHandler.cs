using Bitget.Client.Credentials;
using Bitget.Client.Http;
using Bitget.Client.Json;

namespace Bitget.Client.Signing;

/// <summary>
/// Adds <c>ACCESS-KEY/SIGN/TIMESTAMP/PASSPHRASE</c> to signed requests, per attempt, so a retried request carries a
/// fresh timestamp and freshly read credentials. Signs the exact query and body the transport put on the wire.
/// </summary>
internal sealed class SigningHandler(IBitgetCredentialsProvider? credentials, ServerClock clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(BitgetRequestOptions.Endpoint, out var endpoint) && endpoint.Signed && credentials is not null)
        {
            var key = await credentials.GetAsync(cancellationToken).ConfigureAwait(false);
            request.Options.TryGetValue(BitgetRequestOptions.SignedQuery, out var query);
            request.Options.TryGetValue(BitgetRequestOptions.Body, out var body);
            var timestamp = WireFormat.Milliseconds(clock.Now);
            var signature = BitgetSigner.Sign(key.Secret, BitgetSigner.Prehash(timestamp, request.Method.Method, endpoint.Path, query, body));
            Set(request, "ACCESS-KEY", key.ApiKey);
            Set(request, "ACCESS-SIGN", signature);
            Set(request, "ACCESS-TIMESTAMP", timestamp);
            Set(request, "ACCESS-PASSPHRASE", key.Passphrase);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void Set(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}
