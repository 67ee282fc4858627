using System.Text;
using System.Text.Json;

namespace Bitget.Client.Streams;

/// <summary>What a frame from Bitget is.</summary>
internal enum StreamFrameKind
{
    Pong,
    Push,
    Login,
    Subscribed,
    Unsubscribed,
    Error,
    Other,
}

/// <summary>
/// One inbound text frame, scanned once without a DOM: the kind, the <c>arg</c> key, the code and message of events,
/// and where <c>data</c> lies in the bytes so the subscription deserializes it straight from the buffer.
/// </summary>
internal readonly record struct StreamFrame(StreamFrameKind Kind, string? ArgKey, string? Action, string? Code, string? Message, string? Op, int DataStart, int DataLength, long? Timestamp)
{
    public static StreamFrame Parse(ReadOnlySpan<byte> frame)
    {
        if (frame.SequenceEqual("pong"u8))
        {
            return new StreamFrame(StreamFrameKind.Pong, null, null, null, null, null, 0, 0, null);
        }

        var reader = new Utf8JsonReader(frame);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A stream frame is neither 'pong' nor a JSON object.");
        }

        string? key = null, action = null, evt = null, code = null, message = null, op = null;
        int dataStart = 0, dataLength = 0;
        long? ts = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name)
            {
                case 1: key = reader.TokenType == JsonTokenType.StartObject ? StreamArg.ReadKey(ref reader) : Skip(ref reader); break;
                case 2: action = reader.GetString(); break;
                case 3: evt = reader.GetString(); break;
                case 4: code = Scalar(ref reader); break;
                case 5: message = Scalar(ref reader); break;
                case 6:
                    dataStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    dataLength = (int)reader.BytesConsumed - dataStart;
                    break;
                case 7: ts = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) ? n : long.TryParse(Scalar(ref reader), out var s) ? s : null; break;
                case 8: op = Scalar(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || !IsWhitespace(frame[(int)reader.BytesConsumed..]))
        {
            throw new JsonException("A stream frame is not one complete JSON object.");
        }

        var kind = evt switch
        {
            null when dataLength > 0 && key is not null => StreamFrameKind.Push,
            "login" => StreamFrameKind.Login,
            "subscribe" => StreamFrameKind.Subscribed,
            "unsubscribe" => StreamFrameKind.Unsubscribed,
            "error" => StreamFrameKind.Error,
            _ => StreamFrameKind.Other,
        };
        return new StreamFrame(kind, key, action, code, message, op, dataStart, dataLength, ts);
    }

    /// <summary>A login reply succeeded: <c>code</c> is <c>0</c> (a number live, the string <c>"0"</c> in the docs).</summary>
    public bool IsSuccess => Code is null or "0";

    private static bool IsWhitespace(ReadOnlySpan<byte> rest) => rest.TrimStart(" \t\r\n"u8).IsEmpty;

    private static int Name(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("arg"u8) ? 1
        : reader.ValueTextEquals("action"u8) ? 2
        : reader.ValueTextEquals("event"u8) ? 3
        : reader.ValueTextEquals("code"u8) ? 4
        : reader.ValueTextEquals("msg"u8) ? 5
        : reader.ValueTextEquals("data"u8) ? 6
        : reader.ValueTextEquals("ts"u8) ? 7
        : reader.ValueTextEquals("op"u8) ? 8
        : 0;

    private static string? Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.StartObject or JsonTokenType.StartArray => Skip(ref reader),
        _ => null,
    };
}
