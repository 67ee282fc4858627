using Azure.Core;
using Azure.Core.Pipeline;
using Sentinel.Functions.State.Tables;

namespace Functions.Tests.State;

public sealed class TableTokenAuthTests
{
    [Fact]
    public async Task TableServiceUri_SendsABearerTokenForTheStorageScope()
    {
        var handler = new CapturingHandler("""{"value":[{"TableName":"rules"}]}""");
        var credential = new RecordingCredential();
        var service = new TableServiceClient(
            new Uri("https://sentinelst.table.core.windows.net/"),
            credential,
            new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) });

        var tables = await service.ListTablesAsync(1);

        Assert.Equal(["rules"], tables);
        Assert.Equal("Bearer mi-token", handler.Header("Authorization"));
        Assert.Equal("2019-02-02", handler.Header("x-ms-version"));
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes);
        Assert.Equal("https://sentinelst.table.core.windows.net/Tables?$top=1", handler.Uri!.ToString());
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return new AccessToken("mi-token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
