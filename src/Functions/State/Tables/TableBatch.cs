using System.Text;
using Azure;

namespace Sentinel.Functions.State.Tables;

/// <summary>The multipart/mixed body of an entity-group transaction ($batch with one changeset) and its answer.</summary>
internal static class TableBatch
{
    public static byte[] Build(TableTransport transport, string table, IReadOnlyList<TableTransactionAction> actions, string batchBoundary, string changesetBoundary)
    {
        var body = new StringBuilder();
        body.Append("--").Append(batchBoundary).Append("\r\n");
        body.Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append("\r\n\r\n");
        foreach (var action in actions)
        {
            body.Append("--").Append(changesetBoundary).Append("\r\n");
            body.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            AppendOperation(body, transport, table, action);
        }

        body.Append("--").Append(changesetBoundary).Append("--\r\n");
        body.Append("--").Append(batchBoundary).Append("--\r\n");
        return Encoding.UTF8.GetBytes(body.ToString());
    }

    private static void AppendOperation(StringBuilder body, TableTransport transport, string table, TableTransactionAction action)
    {
        var entity = action.Entity;
        var (method, uri, ifMatch, hasBody) = action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", $"{transport.Endpoint.AbsoluteUri.TrimEnd('/')}/{table}", (ETag?)null, true),
            TableTransactionActionType.UpsertMerge => ("MERGE", transport.EntityUri(table, entity.PartitionKey, entity.RowKey), null, true),
            TableTransactionActionType.UpsertReplace => ("PUT", transport.EntityUri(table, entity.PartitionKey, entity.RowKey), null, true),
            TableTransactionActionType.UpdateMerge => ("MERGE", transport.EntityUri(table, entity.PartitionKey, entity.RowKey), action.EffectiveIfMatch, true),
            TableTransactionActionType.UpdateReplace => ("PUT", transport.EntityUri(table, entity.PartitionKey, entity.RowKey), action.EffectiveIfMatch, true),
            TableTransactionActionType.Delete => ("DELETE", transport.EntityUri(table, entity.PartitionKey, entity.RowKey), action.EffectiveIfMatch, false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action."),
        };

        body.Append(method).Append(' ').Append(uri).Append(" HTTP/1.1\r\n");
        body.Append("Accept: ").Append(TableTransport.JsonMinimalMetadata).Append("\r\n");
        body.Append("DataServiceVersion: 3.0\r\n");
        if (ifMatch is { } etag)
        {
            body.Append("If-Match: ").Append(etag.ToString("H")).Append("\r\n");
        }

        if (hasBody)
        {
            body.Append("Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n");
            body.Append(Encoding.UTF8.GetString(TableEntityJson.Serialize(entity))).Append("\r\n");
        }
        else
        {
            body.Append("\r\n");
        }
    }

    /// <summary>The status, ETag and body of each sub-response, in order.</summary>
    public static IReadOnlyList<(int Status, ETag? ETag, string Body)> ParseResponses(string content)
    {
        var results = new List<(int, ETag?, string)>();
        var lines = content.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
            {
                continue;
            }

            var status = int.Parse(lines[i].AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
            ETag? etag = null;
            for (i++; i < lines.Length && lines[i].Length > 0; i++)
            {
                if (lines[i].StartsWith("ETag:", StringComparison.OrdinalIgnoreCase))
                {
                    etag = new ETag(lines[i][5..].Trim());
                }
            }

            var bodyLines = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                bodyLines.Add(lines[i]);
            }

            results.Add((status, etag, string.Join('\n', bodyLines).Trim()));
        }

        return results;
    }
}
