using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Sentinel.Functions.State.Tables;

/// <summary>
/// The account's Table service: create, delete and list tables, and hand out <see cref="TableClient"/>s.
/// A narrow stand-in for Azure.Data.Tables' client of the same name (that package is unavailable here).
/// </summary>
public class TableServiceClient
{
    private const string StorageScope = "https://storage.azure.com/.default";
    private readonly TableTransport _transport;

    /// <summary>Shared Key auth from a connection string (account key, explicit TableEndpoint, or UseDevelopmentStorage=true).</summary>
    public TableServiceClient(string connectionString, TableClientOptions? options = null)
    {
        options ??= new TableClientOptions();
        var parsed = TableConnectionString.Parse(connectionString);
        var auth = new TableSharedKeyPolicy(parsed.AccountName, parsed.AccountKey, options.TimeProvider);
        _transport = new TableTransport(Build(options, auth), parsed.TableEndpoint, options.ServiceVersion);
    }

    /// <summary>Microsoft Entra auth (managed identity) for a table service URI such as https://account.table.core.windows.net.</summary>
    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        options ??= new TableClientOptions();
        var auth = new BearerTokenAuthenticationPolicy(credential, StorageScope);
        _transport = new TableTransport(Build(options, auth), new Uri(endpoint.AbsoluteUri.TrimEnd('/')), options.ServiceVersion);
    }

    /// <summary>For test doubles.</summary>
    protected TableServiceClient()
    {
        _transport = null!;
    }

    public Uri Endpoint => _transport.Endpoint;

    public virtual TableClient GetTableClient(string tableName)
    {
        TableValidation.TableName(tableName);
        return new TableClient(_transport, tableName);
    }

    /// <summary>Creates the table; true if created, false if it already existed. POST /Tables</summary>
    public virtual async Task<bool> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default)
    {
        TableValidation.TableName(tableName);
        using var message = _transport.CreateMessage(RequestMethod.Post, "Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableTransport.SetJson(message, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["TableName"] = tableName })));
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 409 && TableErrors.ErrorCode(response) == "TableAlreadyExists")
        {
            return false;
        }

        TableErrors.ThrowIfFailed(response, $"Create table '{tableName}'");
        return true;
    }

    /// <summary>Deletes the table; false if there was none. DELETE /Tables('name')</summary>
    public virtual async Task<bool> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default)
    {
        TableValidation.TableName(tableName);
        using var message = _transport.CreateMessage(RequestMethod.Delete, $"Tables('{tableName}')");
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return false;
        }

        TableErrors.ThrowIfFailed(response, $"Delete table '{tableName}'");
        return true;
    }

    /// <summary>Names of the account's tables, at most <paramref name="top"/>. GET /Tables</summary>
    public virtual async Task<IReadOnlyList<string>> ListTablesAsync(int top = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        using var message = _transport.CreateMessage(RequestMethod.Get, "Tables", [new("$top", top.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        TableErrors.ThrowIfFailed(response, "List tables");
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        return [.. json.RootElement.GetProperty("value").EnumerateArray().Select(t => t.GetProperty("TableName").GetString()!)];
    }

    private static HttpPipeline Build(TableClientOptions options, HttpPipelinePolicy auth) =>
        HttpPipelineBuilder.Build(options, perCallPolicies: [], perRetryPolicies: [auth], new ResponseClassifier());
}
