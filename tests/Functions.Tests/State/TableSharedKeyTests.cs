using System.Net;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.State.Tables;

namespace Functions.Tests.State;

/// <summary>
/// The signature is "Shared Key for Table service": VERB, Content-MD5, Content-Type, Date, CanonicalizedResource,
/// joined by newlines, HMAC-SHA256 with the decoded key. Expected values were computed independently (Python hmac).
/// </summary>
public sealed class TableSharedKeyTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 19, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetEntity_PathStyleEndpoint_SignsDateAndEncodedResourceWithAccountTwice()
    {
        var captured = new CapturingHandler("""{"PartitionKey":"p 1","RowKey":"r"}""");
        var service = CreateSut($"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:10002/devstoreaccount1", captured);

        await service.GetTableClient("mytable").GetEntityIfExistsAsync("p 1", "r");

        Assert.Equal("Sat, 21 Nov 2026 19:30:00 GMT", captured.Header("x-ms-date"));
        Assert.Equal("SharedKey devstoreaccount1:G/ooBt5wumnfu29O5T16BE11/PKMcGOLiAuRhjQ2UsQ=", captured.Header("Authorization"));
    }

    [Fact]
    public async Task CreateTable_AccountEndpoint_SignsVerbAndContentType()
    {
        var captured = new CapturingHandler(string.Empty, HttpStatusCode.NoContent);
        var service = CreateSut($"DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey={Key};EndpointSuffix=core.windows.net", captured);

        await service.CreateTableIfNotExistsAsync("mytable");

        Assert.Equal("https://myaccount.table.core.windows.net/Tables", captured.Uri!.AbsoluteUri);
        Assert.Equal("SharedKey myaccount:y5X8HnipLZ2/r1cWVeQrxkIGMXDueQ7xk6VPQ5ZYcQY=", captured.Header("Authorization"));
    }

    [Fact]
    public void UseDevelopmentStorage_PointsAtAzuriteDefaults()
    {
        var service = new TableServiceClient("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), service.Endpoint);
    }

    [Fact]
    public void ConnectionStringWithoutKey_IsRefusedWithoutEchoingIt()
    {
        var error = Assert.Throws<FormatException>(() => new TableServiceClient("AccountName=a;SharedAccessSignature=sv=secretsig"));

        Assert.Contains("AccountKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secretsig", error.Message, StringComparison.Ordinal);
    }

    private static TableServiceClient CreateSut(string connectionString, CapturingHandler handler) =>
        new(connectionString, new TableClientOptions
        {
            TimeProvider = new FakeTimeProvider(Now),
            Transport = new HttpClientTransport(new HttpClient(handler)),
        });
}
