using Functions.Tests.Monitoring.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Functions.Tests.Support;

/// <summary>How a test wants the app: its settings, clock, exchange and any extra services or functions.</summary>
internal sealed class SentinelTestAppOptions
{
    /// <summary>State on this Azurite (<c>State__ConnectionString</c>).</summary>
    public AzuriteFixture? Azurite { get; init; }

    /// <summary>App settings on top of the defaults (schedules, mode, test secrets); a null value removes a default.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public FakeTimeProvider? Clock { get; init; }

    /// <summary>The exchange the tick reads; null with <see cref="RealExchange"/> uses the Bitget adapter from the settings.</summary>
    public StubExchangePort? Port { get; init; }

    public bool RealExchange { get; init; }

    public AppScope Scope { get; init; } = AppScope.Whole;

    /// <summary>Counts the storage requests of the app's Table client; the app makes its own when none is given.</summary>
    public StorageTraffic? Storage { get; init; }

    /// <summary>False: a failed storage request fails at once, so request counts are exact and a refused port fails fast.</summary>
    public bool StorageRetries { get; init; } = true;

    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>Test-only function classes served beside the app's own.</summary>
    public IReadOnlyList<Type> ExtraFunctions { get; init; } = [];
}
