namespace Bitget.Simulator.Orders;

/// <summary>The exchange refused an operation; <see cref="Detail"/> fills Bitget's message template.</summary>
public sealed class OrderRejectedException : Exception
{
    public OrderRejectedException()
    {
    }

    public OrderRejectedException(string message)
        : base(message)
    {
    }

    public OrderRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OrderRejectedException(RejectReason reason, string detail = "")
        : base($"{reason}: {detail}")
    {
        Reason = reason;
        Detail = detail;
    }

    public RejectReason Reason { get; }

    public string Detail { get; } = "";
}
