using System.Net;
using System.Text.Json;
using Bitget.Client.Errors;

namespace Bitget.Client.Json;

/// <summary>The one place that unwraps Bitget's <c>{code, msg, requestTime, data}</c> envelope.</summary>
internal static class EnvelopeReader
{
    public const string SuccessCode = "00000";

    /// <summary>Returns <c>data</c> (cloned; Undefined when absent), or throws for any code other than <c>00000</c> whatever the HTTP status.</summary>
    public static JsonElement ReadData(ReadOnlySpan<byte> body, HttpStatusCode status, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            throw WithoutEnvelope(status, path, body.IsEmpty ? "empty reply" : "reply is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var codeElement))
            {
                throw WithoutEnvelope(status, path, "reply has no Bitget envelope");
            }

            var code = codeElement.ValueKind == JsonValueKind.Number ? codeElement.GetRawText() : codeElement.GetString();
            if (code != SuccessCode)
            {
                var message = root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
                throw new BitgetApiException(code, message, status, path);
            }

            if ((int)status >= 300)
            {
                throw WithoutEnvelope(status, path, "HTTP error with a success code");
            }

            return root.TryGetProperty("data", out var data) ? data.Clone() : default;
        }
    }

    /// <summary>Bitget's code in a reply body, or null when the body is not an envelope.</summary>
    public static string? TryReadCode(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                reader.Read();
                if (isCode)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static BitgetApiException WithoutEnvelope(HttpStatusCode status, string path, string what)
    {
        var kind = (int)status switch
        {
            429 => BitgetErrorKind.RateLimited,
            >= 500 => BitgetErrorKind.ServerError,
            _ => BitgetErrorKind.Network,
        };
        return new BitgetApiException((int)status == 429 ? "429" : null, what, status, path, kind);
    }
}
