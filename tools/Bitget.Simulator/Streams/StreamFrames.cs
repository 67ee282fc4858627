using System.Buffers;
using System.Text.Json;

namespace Bitget.Simulator.Streams;

/// <summary>The frames the server writes: pushes, acks and errors, in Bitget's shapes.</summary>
public static class StreamFrames
{
    public static readonly byte[] Pong = "pong"u8.ToArray();

    /// <summary><c>{"action":"snapshot","arg":{…},"data":[…],"ts":ms}</c>.</summary>
    public static byte[] Push(StreamArg arg, object data, DateTimeOffset now, string action = "snapshot") => Write(w =>
    {
        w.WriteString("action", action);
        w.WritePropertyName("arg");
        arg.WriteTo(w);
        w.WritePropertyName("data");
        JsonSerializer.Serialize(w, data);
        w.WriteNumber("ts", now.ToUnixTimeMilliseconds());
    });

    /// <summary><c>{"event":"subscribe"|"unsubscribe","arg":{…}}</c>.</summary>
    public static byte[] Event(string name, StreamArg arg) => Write(w =>
    {
        w.WriteString("event", name);
        w.WritePropertyName("arg");
        arg.WriteTo(w);
    });

    /// <summary>Login success: <c>code</c> is the number 0, as live Bitget sends it.</summary>
    public static byte[] LoggedIn() => Write(w =>
    {
        w.WriteString("event", "login");
        w.WriteNumber("code", 0);
        w.WriteString("msg", "");
    });

    /// <summary><c>{"event":"error","code":30001,"msg":…,"op":…,"arg":…}</c> with a numeric code, as observed live.</summary>
    public static byte[] Error(int code, string message, string? op = null, StreamArg? arg = null) => Write(w =>
    {
        w.WriteString("event", "error");
        if (arg is not null)
        {
            w.WritePropertyName("arg");
            arg.WriteTo(w);
        }

        w.WriteNumber("code", code);
        w.WriteString("msg", message);
        if (op is not null)
        {
            w.WriteString("op", op);
        }
    });

    /// <summary>A push cut off mid-way, for the malformed-frame fault.</summary>
    public static byte[] Malformed(byte[] push) => push.AsSpan(0, Math.Max(1, push.Length / 2)).ToArray();

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
