namespace Sentinel.Functions.Platform.Exchange;

/// <summary>No exchange adapter is registered, so the app cannot read the exchange.</summary>
internal sealed class ExchangeNotConfiguredException : Exception
{
    public ExchangeNotConfiguredException()
        : base("No exchange adapter is registered (IExchangePortFactory); the monitoring tick cannot read the exchange.")
    {
    }

    public ExchangeNotConfiguredException(string message)
        : base(message)
    {
    }

    public ExchangeNotConfiguredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
