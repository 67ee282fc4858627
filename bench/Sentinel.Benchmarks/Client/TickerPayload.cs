using System.Globalization;
using System.Text.Json;

namespace Sentinel.Benchmarks.Client;

/// <summary>
/// Builds an all-tickers reply of a few hundred contracts in the exact shape of a real Bitget reply (the first ticker
/// of a shared fixture is the template: same fields, same order, numbers as strings, nulls kept), minified as Bitget
/// sends it. Values are deterministic: the same count gives the same bytes.
/// </summary>
public static class TickerPayload
{
    public static byte[] Build(string fixture, int count)
    {
        using var template = JsonDocument.Parse(File.ReadAllBytes(FixturePath(fixture)));
        var first = template.RootElement.GetProperty("data")[0];
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("code", "00000");
            writer.WriteString("msg", "success");
            writer.WriteNumber("requestTime", 1_763_726_400_000L);
            writer.WriteStartArray("data");
            for (var i = 0; i < count; i++)
            {
                WriteTicker(writer, first, i);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteTicker(Utf8JsonWriter writer, JsonElement template, int index)
    {
        writer.WriteStartObject();
        var field = 0;
        foreach (var property in template.EnumerateObject())
        {
            field++;
            var value = property.Value;
            if (property.NameEquals("symbol"))
            {
                writer.WriteString(property.Name, $"C{index:D3}USDT");
            }
            else if (property.NameEquals("ts"))
            {
                writer.WriteString(property.Name, (1_763_726_400_000L + index).ToString(CultureInfo.InvariantCulture));
            }
            else if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                writer.WriteString(property.Name, Number(index, field));
            }
            else
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>A price-like decimal with a varying number of digits, e.g. <c>61234.5</c> or <c>0.01234567</c>.</summary>
    private static string Number(int index, int field)
    {
        var mantissa = ((index * 7_919L) + (field * 104_729L)) % 9_999_991L + 1;
        var scale = (index + field) % 8;
        return new decimal((int)mantissa, 0, 0, false, (byte)scale).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The path of a shared fixture (read in place).</summary>
    public static string FixturePath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures", "bitget", relative));
            }
        }

        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}.");
    }
}
