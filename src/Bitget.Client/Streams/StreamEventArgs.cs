namespace Bitget.Client.Streams;

/// <summary>An observable event of a stream connection (see <see cref="BitgetStreamClient.EventRaised"/>). Never carries secrets.</summary>
public sealed class StreamEventArgs : EventArgs
{
    /// <summary>What happened.</summary>
    public required StreamEventKind Kind { get; init; }

    /// <summary>The connection's URL.</summary>
    public required Uri Url { get; init; }

    /// <summary>When it happened (the client's <see cref="TimeProvider"/>).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The subscription concerned, as <c>instType/channel/instId</c>, or null for the whole connection.</summary>
    public string? Channel { get; init; }

    /// <summary>Reconnect attempt number (1 for the first reconnect after a loss).</summary>
    public int Attempt { get; init; }

    /// <summary>Delay before the reconnect.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>A count: channels resubscribed, items resynchronised, updates dropped.</summary>
    public int Count { get; init; }

    /// <summary>The failure, for <see cref="StreamEventKind.Error"/> and some disconnects.</summary>
    public Exception? Error { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} {Url}{(Channel is null ? "" : " " + Channel)}{(Error is null ? "" : ": " + Error.Message)}";
}
