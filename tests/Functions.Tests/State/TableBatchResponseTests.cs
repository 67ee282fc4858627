using Azure;
using Azure.Core.Pipeline;
using Sentinel.Functions.State.Tables;

namespace Functions.Tests.State;

/// <summary>Entity-group transaction answers in the shape the real service documents (multipart/mixed, CRLF).</summary>
public sealed class TableBatchResponseTests
{
    [Fact]
    public async Task FailedChangeset_ReportsStatusCodeAndTheIndexTheServiceBlamed()
    {
        var body = Multipart(
            "HTTP/1.1 404 Not Found",
            "Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8",
            string.Empty,
            """{"odata.error":{"code":"ResourceNotFound","message":{"lang":"en-US","value":"2:The specified resource does not exist.\nRequestId:1\nTime:2026-11-21T19:30:00Z"}}}""");
        var table = CreateSut(body);

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(ThreeUpdates()));

        Assert.Equal((404, "ResourceNotFound", 2), (error.Status, error.ErrorCode, error.FailedActionIndex));
        Assert.Contains("RowKey 'c'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SucceededChangeset_ReturnsEachActionsETagInOrder()
    {
        var body = Multipart(
            "HTTP/1.1 204 No Content", "ETag: W/\"datetime'2026-11-21T19%3A30%3A00.1Z'\"", string.Empty, string.Empty,
            "HTTP/1.1 204 No Content", "ETag: W/\"datetime'2026-11-21T19%3A30%3A00.2Z'\"", string.Empty, string.Empty,
            "HTTP/1.1 204 No Content", "ETag: W/\"datetime'2026-11-21T19%3A30%3A00.3Z'\"", string.Empty, string.Empty);
        var table = CreateSut(body);
        var actions = ThreeUpdates();

        var etags = await table.SubmitTransactionAsync(actions);

        Assert.Equal(
            ["W/\"datetime'2026-11-21T19%3A30%3A00.1Z'\"", "W/\"datetime'2026-11-21T19%3A30%3A00.2Z'\"", "W/\"datetime'2026-11-21T19%3A30%3A00.3Z'\""],
            etags.Select(e => e.ToString()));
        Assert.Equal(etags[2], actions[2].Entity.ETag);
    }

    private static List<TableTransactionAction> ThreeUpdates() =>
        [.. new[] { "a", "b", "c" }.Select(row => new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("p", row), ETag.All))];

    private static TableClient CreateSut(string body)
    {
        var handler = new CapturingHandler(body, System.Net.HttpStatusCode.Accepted);
        var key = Convert.ToBase64String(new byte[32]);
        var service = new TableServiceClient(
            $"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={key}",
            new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) });
        return service.GetTableClient("orders");
    }

    private static string Multipart(params string[] lines)
    {
        var parts = new List<string> { "--batchresponse_1", "Content-Type: multipart/mixed; boundary=changesetresponse_1", string.Empty };
        var i = 0;
        while (i < lines.Length)
        {
            parts.AddRange(["--changesetresponse_1", "Content-Type: application/http", "Content-Transfer-Encoding: binary", string.Empty]);
            var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("HTTP/1.1 ", StringComparison.Ordinal));
            parts.AddRange(lines[i..(end < 0 ? lines.Length : end)]);
            i = end < 0 ? lines.Length : end;
        }

        parts.AddRange(["--changesetresponse_1--", "--batchresponse_1--", string.Empty]);
        return string.Join("\r\n", parts);
    }
}
