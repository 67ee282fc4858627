namespace Functions.Tests.Support;

/// <summary>How a <see cref="SwitchableReceiver"/> answers.</summary>
public enum ReceiverMode
{
    Accept,
    ServerError,
    BadRequest,
    Hang,
    Refuse,
}
