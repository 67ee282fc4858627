using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.Secrets;

/// <summary>
/// Serves secrets from a source with a TTL cache (absence is cached too, so an unset optional secret does
/// not cost a vault call per tick). <see cref="Invalidate"/> forces a re-read, which is how a rotated key
/// is picked up without a restart. Logs name secrets, never their values.
/// </summary>
internal sealed partial class CachingSecretProvider : ISecretProvider, IDisposable
{
    private readonly ISecretSource _source;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _ttl;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CacheEntry> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetch = new(1, 1);

    public CachingSecretProvider(ISecretSource source, IOptions<SecretsOptions> options, TimeProvider timeProvider, ILogger<CachingSecretProvider>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _source = source;
        _timeProvider = timeProvider;
        _ttl = options.Value.CacheTtl;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async ValueTask<string> GetAsync(string name, CancellationToken cancellationToken = default) =>
        await GetIfExistsAsync(name, cancellationToken).ConfigureAwait(false)
        ?? throw new SecretNotFoundException(name, _source.Description);

    public async ValueTask<string?> GetIfExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        if (TryFresh(name, out var cached))
        {
            return cached;
        }

        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryFresh(name, out cached))
            {
                return cached;
            }

            var value = await _source.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            _cache[name] = new CacheEntry(value, _timeProvider.GetUtcNow() + _ttl);
            LogRead(_logger, name, _source.Description, value is not null);
            return value;
        }
        finally
        {
            _fetch.Release();
        }
    }

    public void Invalidate(string name)
    {
        ValidateName(name);
        if (_cache.TryRemove(name, out _))
        {
            LogInvalidated(_logger, name);
        }
    }

    public void Dispose() => _fetch.Dispose();

    private bool TryFresh(string name, out string? value)
    {
        if (_cache.TryGetValue(name, out var entry) && _timeProvider.GetUtcNow() < entry.ExpiresAt)
        {
            value = entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    private static void ValidateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!SecretNamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a Key Vault secret name (1-127 letters, digits and dashes).", nameof(name));
        }
    }

    [GeneratedRegex("^[0-9A-Za-z-]{1,127}$")]
    private static partial Regex SecretNamePattern();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Secret {SecretName} read from {Source} (exists: {Exists})")]
    private static partial void LogRead(ILogger logger, string secretName, string source, bool exists);

    [LoggerMessage(Level = LogLevel.Information, Message = "Secret {SecretName} invalidated; the next use reads it again")]
    private static partial void LogInvalidated(ILogger logger, string secretName);

    private sealed record CacheEntry(string? Value, DateTimeOffset ExpiresAt)
    {
        public override string ToString() => $"CacheEntry {{ Value = ***, ExpiresAt = {ExpiresAt:O} }}";
    }
}
