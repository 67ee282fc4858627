using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Bitget.Client.Credentials;
using Bitget.Client.Signing;

namespace Bitget.Client.Streams;

/// <summary>The JSON requests a client sends: login and (un)subscribe.</summary>
internal static class StreamRequests
{
    /// <summary>
    /// <c>{"op":"login","args":[{apiKey, passphrase, timestamp, sign}]}</c> with
    /// <c>sign = Base64(HMAC-SHA256(secret, seconds + "GET" + "/user/verify"))</c>; the timestamp is in seconds, as every SDK sends it.
    /// </summary>
    public static byte[] Login(BitgetCredentials credentials, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var sign = BitgetSigner.Sign(credentials.Secret, BitgetSigner.Prehash(timestamp, "GET", "/user/verify", null, null));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", "login");
            writer.WriteStartArray("args");
            writer.WriteStartObject();
            writer.WriteString("apiKey", credentials.ApiKey);
            writer.WriteString("passphrase", credentials.Passphrase);
            writer.WriteString("timestamp", timestamp);
            writer.WriteString("sign", sign);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Requests of <paramref name="op"/> carrying all <paramref name="args"/>, each at most <paramref name="maxBytes"/> long.</summary>
    public static IEnumerable<byte[]> Batch(string op, IReadOnlyList<StreamArg> args, int maxBytes)
    {
        var start = 0;
        while (start < args.Count)
        {
            var count = args.Count - start;
            var request = Build(op, args, start, count);
            while (request.Length > maxBytes && count > 1)
            {
                count = Math.Max(1, count / 2);
                request = Build(op, args, start, count);
            }

            yield return request;
            start += count;
        }
    }

    private static byte[] Build(string op, IReadOnlyList<StreamArg> args, int start, int count)
    {
        var buffer = new ArrayBufferWriter<byte>(128 + (count * 96));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", op);
            writer.WriteStartArray("args");
            for (var i = start; i < start + count; i++)
            {
                args[i].WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
