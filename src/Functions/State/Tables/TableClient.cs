using System.Text.Json;
using Azure;
using Azure.Core;

namespace Sentinel.Functions.State.Tables;

/// <summary>
/// One table's entities: get, add, upsert, conditional update and delete, queries and entity-group
/// transactions. Arguments the service would refuse are refused here first, before any I/O.
/// </summary>
public partial class TableClient
{
    private readonly TableTransport _transport;

    internal TableClient(TableTransport transport, string name)
    {
        _transport = transport;
        Name = name;
    }

    /// <summary>For test doubles.</summary>
    protected TableClient()
    {
        _transport = null!;
        Name = string.Empty;
    }

    public string Name { get; }

    /// <summary>The entity, or null if there is none. GET /table(PartitionKey='…',RowKey='…')</summary>
    public virtual async Task<TableEntity?> GetEntityIfExistsAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        TableValidation.Key(partitionKey, "PartitionKey");
        TableValidation.Key(rowKey, "RowKey");
        using var message = _transport.CreateMessage(RequestMethod.Get, TableTransport.EntityPath(Name, partitionKey, rowKey));
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404 && TableErrors.ErrorCode(response) == "ResourceNotFound")
        {
            return null;
        }

        TableErrors.ThrowIfFailed(response, Describe("Get", partitionKey, rowKey));
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityJson.Deserialize(json.RootElement);
        if (response.Headers.ETag is { } etag)
        {
            entity.ETag = etag;
        }

        return entity;
    }

    /// <summary>The entity; a 404 <see cref="TableRequestException"/> if there is none.</summary>
    public virtual async Task<TableEntity> GetEntityAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        await GetEntityIfExistsAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false)
        ?? throw new TableRequestException(404, "ResourceNotFound", $"{Describe("Get", partitionKey, rowKey)} failed: 404 ResourceNotFound.");

    /// <summary>Inserts a new entity; <see cref="TableConcurrencyException"/> (409) if it exists. POST /table</summary>
    public virtual async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableValidation.Entity(entity);
        using var message = _transport.CreateMessage(RequestMethod.Post, Name);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableTransport.SetJson(message, TableEntityJson.Serialize(entity));
        return await SendWriteAsync(message, entity, "Add", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts or overwrites (Replace) / merges into (Merge) the entity, unconditionally. PUT or MERGE /table(…)</summary>
    public virtual Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, mode, ifMatch: null, "Upsert", cancellationToken);

    /// <summary>
    /// Updates the entity only if it still has <paramref name="ifMatch"/> (usually <c>entity.ETag</c>);
    /// <see cref="TableConcurrencyException"/> (412) if another writer changed it. <see cref="ETag.All"/> overwrites.
    /// </summary>
    public virtual Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the ETag it expects (entity.ETag), or ETag.All to overwrite.", nameof(ifMatch));
        }

        return WriteAsync(entity, mode, ifMatch, "Update", cancellationToken);
    }

    /// <summary>
    /// Deletes the entity if it still has <paramref name="ifMatch"/>; true if deleted, false if absent.
    /// <see cref="TableConcurrencyException"/> (412) if it changed. DELETE /table(…)
    /// </summary>
    public virtual async Task<bool> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        TableValidation.Key(partitionKey, "PartitionKey");
        TableValidation.Key(rowKey, "RowKey");
        using var message = _transport.CreateMessage(RequestMethod.Delete, TableTransport.EntityPath(Name, partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", (ifMatch == default ? ETag.All : ifMatch).ToString("H"));
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return false;
        }

        TableErrors.ThrowIfFailed(response, Describe("Delete", partitionKey, rowKey));
        return true;
    }

    private async Task<ETag> WriteAsync(TableEntity entity, TableUpdateMode mode, ETag? ifMatch, string operation, CancellationToken cancellationToken)
    {
        TableValidation.Entity(entity);
        var method = mode == TableUpdateMode.Merge ? TableErrors.Merge : RequestMethod.Put;
        using var message = _transport.CreateMessage(method, TableTransport.EntityPath(Name, entity.PartitionKey, entity.RowKey));
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue("If-Match", etag.ToString("H"));
        }

        TableTransport.SetJson(message, TableEntityJson.Serialize(entity));
        return await SendWriteAsync(message, entity, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ETag> SendWriteAsync(HttpMessage message, TableEntity entity, string operation, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        TableErrors.ThrowIfFailed(response, Describe(operation, entity.PartitionKey, entity.RowKey));
        var etag = response.Headers.ETag ?? throw new TableRequestException(response.Status, "MissingETag", $"{Describe(operation, entity.PartitionKey, entity.RowKey)}: the service returned no ETag.");
        entity.ETag = etag;
        return etag;
    }

    private string Describe(string operation, string partitionKey, string rowKey) => $"{operation} entity ({Short(partitionKey)}, {Short(rowKey)}) in table '{Name}'";

    private static string Short(string key) => key.Length <= 64 ? key : $"{key[..64]}…";
}
