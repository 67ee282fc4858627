using Bitget.Client.Trading;

namespace Bitget.Client.Exchange;

/// <summary>Contract specs read once and reused until the TTL (on the injected clock) runs out; one reload at a time.</summary>
internal sealed class ContractSpecCache(Func<CancellationToken, Task<IReadOnlyDictionary<string, ContractSpec>>> load, TimeProvider time, TimeSpan ttl) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Loaded? _loaded;

    public async Task<IReadOnlyDictionary<string, ContractSpec>> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } specs)
        {
            return specs;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } loaded)
            {
                return loaded;
            }

            var read = await load(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _loaded, new Loaded(read, time.GetUtcNow() + ttl));
            return read;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The spec of one symbol; <see cref="ArgumentException"/> when the exchange does not list it.</summary>
    public async Task<ContractSpec> GetAsync(string symbol, CancellationToken cancellationToken)
    {
        var specs = await GetAsync(cancellationToken).ConfigureAwait(false);
        return specs.TryGetValue(symbol, out var spec) ? spec : throw new ArgumentException($"The exchange lists no contract '{symbol}'.", nameof(symbol));
    }

    public void Dispose() => _gate.Dispose();

    private IReadOnlyDictionary<string, ContractSpec>? Fresh()
    {
        var loaded = Volatile.Read(ref _loaded);
        return loaded is not null && time.GetUtcNow() < loaded.ExpiresAt ? loaded.Specs : null;
    }

    private sealed record Loaded(IReadOnlyDictionary<string, ContractSpec> Specs, DateTimeOffset ExpiresAt);
}
