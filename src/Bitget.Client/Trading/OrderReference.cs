namespace Bitget.Client.Trading;

/// <summary>An order named by Bitget's id or by our clientOid (the id wins when both are given).</summary>
/// <param name="OrderId">Bitget's order id.</param>
/// <param name="ClientOid">Our clientOid.</param>
internal sealed record OrderReference(string? OrderId, string? ClientOid)
{
    /// <summary>By Bitget's order id.</summary>
    public static OrderReference ById(string orderId) => new(orderId, null);

    /// <summary>By clientOid.</summary>
    public static OrderReference ByClientOid(string clientOid) => new(null, clientOid);

    internal void Validate()
    {
        if (string.IsNullOrEmpty(OrderId) && string.IsNullOrEmpty(ClientOid))
        {
            throw new ArgumentException("An order reference needs an orderId or a clientOid.");
        }
    }
}
