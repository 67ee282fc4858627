using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bitget.Client.Errors;

namespace Bitget.Client.Json;

/// <summary>The one place that unwraps Bitget's <c>{code, msg, requestTime, data}</c> envelope.</summary>
internal static class EnvelopeReader
{
    public const string SuccessCode = "00000";

    /// <summary>
    /// Unwraps the envelope and deserializes <c>data</c> straight from the reply's UTF-8 bytes (no DOM, no copies):
    /// default when <c>data</c> is absent or null; throws for any code other than <c>00000</c> whatever the HTTP status.
    /// </summary>
    public static T? Read<T>(ReadOnlySpan<byte> body, HttpStatusCode status, string path, JsonTypeInfo<T> type)
    {
        var envelope = Scan(body, status, path);
        if (envelope.Code != SuccessCode)
        {
            throw new BitgetApiException(envelope.Code, envelope.Message, status, path);
        }

        if ((int)status >= 300)
        {
            throw WithoutEnvelope(status, path, "HTTP error with a success code");
        }

        var data = body.Slice(envelope.DataStart, envelope.DataLength);
        if (data.IsEmpty || data.SequenceEqual("null"u8))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(data, type);
        }
        catch (JsonException ex)
        {
            throw new BitgetApiException(SuccessCode, $"unexpected reply shape: {ex.Message}", null, path, BitgetErrorKind.Unknown, ex);
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

    /// <summary>Whether the body is one complete JSON value (not cut off).</summary>
    public static bool IsCompleteJson(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The envelope's code, message and where <c>data</c> lies in the body (length 0 when absent).</summary>
    private static Envelope Scan(ReadOnlySpan<byte> body, HttpStatusCode status, string path)
    {
        if (!IsCompleteJson(body))
        {
            throw WithoutEnvelope(status, path, body.IsEmpty ? "empty reply" : "reply is not JSON");
        }

        var reader = new Utf8JsonReader(body);
        reader.Read();
        var envelope = new Envelope();
        var hasCode = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("code"u8) ? 1 : reader.ValueTextEquals("msg"u8) ? 2 : reader.ValueTextEquals("data"u8) ? 3 : 0;
            reader.Read();
            switch (name)
            {
                case 1:
                    hasCode = true;
                    envelope.Code = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                    break;
                case 2:
                    envelope.Message = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case 3:
                    envelope.DataStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    envelope.DataLength = (int)reader.BytesConsumed - envelope.DataStart;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!hasCode)
        {
            throw WithoutEnvelope(status, path, "reply has no Bitget envelope");
        }

        return envelope;
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

    private struct Envelope
    {
        public string? Code;
        public string? Message;
        public int DataStart;
        public int DataLength;
    }
}
