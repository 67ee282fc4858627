using System.Collections.Concurrent;
using Azure.Core;

namespace Functions.Tests.Platform.Secrets;

/// <summary>A credential that hands out the stand-in's token and records what the SDK asked for.</summary>
internal sealed class StandInTokenCredential : TokenCredential
{
    public ConcurrentQueue<TokenRequestContext> Requests { get; } = new();

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Requests.Enqueue(requestContext);
        return new AccessToken(KeyVaultStandIn.Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
