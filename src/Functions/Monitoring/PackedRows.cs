using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Data.Tables;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// A list of records stored in one row as Brotli-compressed JSON, split over binary properties <c>Data0</c>,
/// <c>Data1</c>, … of at most 64 KiB each (the service's limit per property; a row holds up to 1 MiB). One row
/// instead of one per record keeps a tick to one write per table whatever the number of symbols, and
/// compression keeps its bytes small (the same property names and similar prices repeat in every record).
/// </summary>
internal static class PackedRows
{
    internal const int MaxPropertyBytes = 64 * 1024;
    private const string DataPrefix = "Data";

    public static void Write<T>(TableEntity row, T value, JsonTypeInfo<T> type)
    {
        var bytes = Compress(JsonSerializer.SerializeToUtf8Bytes(value, type));
        var parts = 0;
        for (var offset = 0; offset < bytes.Length || parts == 0; offset += MaxPropertyBytes, parts++)
        {
            row[DataPrefix + parts] = bytes.AsSpan(offset, Math.Min(MaxPropertyBytes, bytes.Length - offset)).ToArray();
        }

        row["DataParts"] = parts;
    }

    public static T Read<T>(TableEntity row, JsonTypeInfo<T> type)
    {
        var parts = row.GetInt32("DataParts") ?? throw new FormatException($"Row ({row.PartitionKey}, {row.RowKey}) holds no packed data.");
        using var packed = new MemoryStream();
        for (var i = 0; i < parts; i++)
        {
            packed.Write(row.GetBinary(DataPrefix + i) ?? throw new FormatException($"Row ({row.PartitionKey}, {row.RowKey}) lacks {DataPrefix}{i}."));
        }

        packed.Position = 0;
        using var json = new BrotliStream(packed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(json, type) ?? throw new FormatException($"Row ({row.PartitionKey}, {row.RowKey}) holds empty packed data.");
    }

    private static byte[] Compress(byte[] json)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(json);
        }

        return output.ToArray();
    }
}
