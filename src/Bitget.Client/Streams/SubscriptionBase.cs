namespace Bitget.Client.Streams;

/// <summary>The connection's view of a subscription, whatever its data type.</summary>
internal abstract class SubscriptionBase(StreamArg arg, bool isPrivate)
{
    public StreamArg Arg { get; } = arg;

    public bool IsPrivate { get; } = isPrivate;

    /// <summary>A push for this channel arrived; <paramref name="data"/> is the <c>data</c> value's bytes.</summary>
    public abstract void Deliver(ReadOnlySpan<byte> data, string? action, long? timestamp);

    /// <summary>Bitget acknowledged the subscription (first time or after a reconnect).</summary>
    public abstract void OnSubscribed();

    /// <summary>No more data: the subscription was disposed or the client shut down (with the cause, if any).</summary>
    public abstract void Complete(Exception? error);
}
