using Azure.Data.Tables;

namespace Sentinel.Functions.Platform.State;

/// <summary>
/// One table's <see cref="TableClient"/>, created in the service on the first use by this instance (idempotent:
/// an existing table is left alone), so start-up does no I/O and a cold start on an empty account never fails
/// with TableNotFound. A failed creation is tried again on the next use.
/// </summary>
public sealed class LazyTableClient(TableClient client)
{
    private readonly Lock _gate = new();
    private Task? _created;

    public string Name => client.Name;

    /// <summary>The client, once its table exists; no I/O after the first successful call.</summary>
    public async ValueTask<TableClient> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _created) is not { IsCompletedSuccessfully: true })
        {
            await Creation().WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return client;
    }

    private Task Creation()
    {
        lock (_gate)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
            {
                // Not tied to one caller's token: a caller that gives up must not fail the others waiting on it.
                _created = client.CreateIfNotExistsAsync(CancellationToken.None);
            }

            return _created;
        }
    }
}
