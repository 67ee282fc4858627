namespace Bitget.Client.Tests.Support;

/// <summary>Counts HTTP requests the client has on the wire, so the clock pump knows when the client is waiting on time.</summary>
public sealed class InFlightCounter : DelegatingHandler
{
    private int _inFlight;

    public InFlightCounter()
        : base(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
    }

    public int InFlight => Volatile.Read(ref _inFlight);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
