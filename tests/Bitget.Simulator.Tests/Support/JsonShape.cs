using System.Text.Json;

namespace Bitget.Simulator.Tests.Support;

/// <summary>Holds an answer against a Bitget sample: every sample field present, strings where the sample has strings.</summary>
public static class JsonShape
{
    public static void AssertSame(JsonElement expected, JsonElement actual, string where)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(JsonValueKind.Object, actual.ValueKind);
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"{where}: missing '{property.Name}'");
                    AssertSame(property.Value, value, $"{where}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(JsonValueKind.Array, actual.ValueKind);
                if (expected.GetArrayLength() > 0 && actual.GetArrayLength() > 0)
                {
                    AssertSame(expected[0], actual[0], $"{where}[0]");
                }

                break;
            case JsonValueKind.String or JsonValueKind.Number:
                var bothStringsOrNull = actual.ValueKind == expected.ValueKind || actual.ValueKind == JsonValueKind.Null;
                Assert.True(bothStringsOrNull, $"{where}: expected {expected.ValueKind}, got {actual.ValueKind}");
                break;
        }
    }
}
