namespace Bitget.Client.Streams;

/// <summary>
/// A stream failure the caller must know about: a refused login or subscription, a client-side limit, a malformed frame.
/// <see cref="Code"/> is Bitget's WebSocket code (<c>30005</c> login failed, <c>30001</c> no such channel …) when there is one.
/// </summary>
internal sealed class BitgetStreamException : Exception
{
    /// <summary>Creates an exception.</summary>
    public BitgetStreamException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public BitgetStreamException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public BitgetStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with Bitget's code.</summary>
    public BitgetStreamException(string? code, string message, string? channel = null)
        : base(code is null ? message : $"{message} (Bitget WebSocket code {code})")
    {
        Code = code;
        Channel = channel;
    }

    /// <summary>Bitget's WebSocket code, when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>The subscription concerned, when there is one.</summary>
    public string? Channel { get; }
}
