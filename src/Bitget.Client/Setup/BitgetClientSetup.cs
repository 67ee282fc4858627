using Bitget.Client.Credentials;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.Setup;

/// <summary>
/// What a <see cref="BitgetClient"/> is built from, with or without DI: <c>Http</c> gives the HttpClient for the next
/// request (from IHttpClientFactory, or the one standalone client); <c>Owned</c> is what the client disposes (the
/// standalone HttpClient and state; nothing when the container owns them).
/// </summary>
internal sealed record BitgetClientSetup(
    Func<HttpClient> Http,
    BitgetClientOptions Options,
    IBitgetCredentialsProvider? Credentials,
    SharedClientState State,
    TimeProvider TimeProvider,
    Random Random,
    ILogger Logger,
    IReadOnlyList<IDisposable> Owned);
