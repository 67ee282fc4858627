using Bitget.Client.Credentials;

namespace Bitget.Client.Tests.Support;

/// <summary>Hands out the current credentials and moves to the next set when invalidated, as a Key Vault cache would after a rotation.</summary>
public sealed class RotatingCredentialsProvider(params BitgetCredentials[] sets) : IBitgetCredentialsProvider
{
    private int _index;

    public int Invalidations { get; private set; }

    public ValueTask<BitgetCredentials> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(sets[Math.Min(_index, sets.Length - 1)]);

    public void Invalidate()
    {
        Invalidations++;
        _index++;
    }
}
