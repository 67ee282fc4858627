using Azure;
using Azure.Identity;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Sentinel.Functions.State.Tables;

/// <summary>Builds and sends Table REST requests over one Azure.Core pipeline.</summary>
internal sealed class TableTransport(HttpPipeline pipeline, Uri endpoint, string serviceVersion)
{
    public const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    public Uri Endpoint { get; } = endpoint;

    public HttpMessage CreateMessage(RequestMethod method, string path, IEnumerable<KeyValuePair<string, string>>? query = null)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        var uri = new RequestUriBuilder();
        uri.Reset(Endpoint);
        uri.AppendPath("/", escape: false);
        uri.AppendPath(path, escape: false);
        foreach (var (name, value) in query ?? [])
        {
            uri.AppendQuery(name, value, escapeValue: true);
        }

        request.Uri = uri;
        request.Headers.SetValue("x-ms-version", serviceVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("Accept", JsonMinimalMetadata);
        return message;
    }

    public static void SetJson(HttpMessage message, byte[] body)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(body);
    }

    /// <summary>Sends with the pipeline's retries; a service that never answered becomes a <see cref="TableRequestException"/> too.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return message.Response;
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException)
        {
            throw new TableRequestException(0, "ServiceUnreachable", $"Table service {Endpoint} did not answer {message.Request.Method} after retries.", e);
        }
        catch (AuthenticationFailedException e)
        {
            throw new TableRequestException(0, "AuthenticationFailed", $"No token for the Table service {Endpoint} (managed identity).", e);
        }
    }

    /// <summary>The entity's address: table(PartitionKey='…',RowKey='…'), quotes doubled and percent-encoded.</summary>
    public static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";

    public string EntityUri(string table, string partitionKey, string rowKey) =>
        $"{Endpoint.AbsoluteUri.TrimEnd('/')}/{EntityPath(table, partitionKey, rowKey)}";

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
