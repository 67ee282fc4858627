namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Receives every tick that ran (succeeded or recorded an exchange failure; not skipped ones), inside the
/// tick's lease and after its state is stored, in registration order. The alert engine plugs in here:
/// <c>services.AddSingleton&lt;ITickObserver, …&gt;()</c>. An observer that throws fails the invocation.
/// </summary>
public interface ITickObserver
{
    Task OnTickAsync(MonitorTickResult tick, CancellationToken cancellationToken = default);
}
