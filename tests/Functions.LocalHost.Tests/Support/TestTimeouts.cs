namespace Sentinel.LocalHost.Tests.Support;

/// <summary>A bound on how long a test waits for a real worker process before failing, never a wait for behaviour.</summary>
internal static class TestTimeouts
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
}
