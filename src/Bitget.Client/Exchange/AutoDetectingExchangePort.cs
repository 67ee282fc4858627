using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Bitget.Client.Credentials;
using Bitget.Client.Errors;
using Bitget.Client.Http;
using Bitget.Client.Trading;

namespace Bitget.Client.Exchange;

/// <summary>
/// The exchange port the app uses: picks <see cref="ClassicExchangePort"/> or <see cref="UnifiedExchangePort"/> by
/// <see cref="ExchangePortOptions.AccountKind"/>. With <c>auto</c> it probes the key once (<see cref="AccountKindDetector"/>),
/// caches the kind per API key (a rotated key is probed again), and when a call is refused with <c>40084</c>/<c>40085</c>
/// (the account changed mode) it probes again and, if the kind changed, repeats the call once on the other API — but
/// only when nothing may have been written yet: the refusal came from the write itself or from a read before any write
/// (tracked per call by the transport). A refusal after an accepted write is surfaced as is, never repeated, so an
/// order is never placed twice. A fixed kind never probes.
/// </summary>
public sealed class AutoDetectingExchangePort : IExchangePort, IDisposable
{
    private readonly IBitgetCredentialsProvider _credentials;
    private readonly AccountKindSetting _setting;
    private readonly AccountKindDetector _detector;
    private readonly ClassicExchangePort _classic;
    private readonly UnifiedExchangePort? _unified;
    private readonly ConcurrentDictionary<string, AccountKind> _kinds = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _probeGate = new(1, 1);
    private const int Unknown = -1;
    private int _lastKind = Unknown;

    /// <summary>Creates the port; nothing is probed until <see cref="ResolveAccountKindAsync"/> or the first call.</summary>
    /// <param name="client">The client; its credentials are the ones probed.</param>
    /// <param name="credentials">The same provider the client signs with, read to key the cache by API key.</param>
    /// <param name="options">Account-kind setting, product type, margin coin, contract-spec TTL.</param>
    /// <param name="timeProvider">Clock of the contract-spec cache. Default: system clock.</param>
    public AutoDetectingExchangePort(BitgetClient client, IBitgetCredentialsProvider credentials, ExchangePortOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var productType = options.GetProductType();
        _credentials = credentials;
        _setting = options.AccountKind;
        _detector = new AccountKindDetector(client, productType);
        _classic = new ClassicExchangePort(client, options, timeProvider);
        _unified = productType.IsDemoCoin() ? null : new UnifiedExchangePort(client, options, timeProvider);
        _lastKind = _setting.FixedKind() is { } fixedKind ? (int)fixedKind : Unknown;
        if (_setting == AccountKindSetting.Unified && _unified is null)
        {
            throw new ArgumentException($"{options.ProductType} is a classic-only demo product type; it cannot be used with a unified account.", nameof(options));
        }
    }

    /// <summary>
    /// The kind in use: the configured one, or the last one detected. Throws <see cref="InvalidOperationException"/> in
    /// auto mode before anything was probed; await <see cref="ResolveAccountKindAsync"/> first.
    /// </summary>
    public AccountKind AccountKind => Volatile.Read(ref _lastKind) is var kind and not Unknown
        ? (AccountKind)kind
        : throw new InvalidOperationException("The account kind is not known yet: await ResolveAccountKindAsync first.");

    /// <summary>The current key's kind: the configured one, the cached one, or probed now (see <see cref="AccountKindDetector"/>).</summary>
    public async Task<AccountKind> ResolveAccountKindAsync(CancellationToken cancellationToken = default) =>
        (await PortAsync(cancellationToken).ConfigureAwait(false)).AccountKind;

    /// <inheritdoc />
    public Task<ExchangeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) =>
        RunAsync(p => p.GetSnapshotAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangePosition>> GetPositionsAsync(CancellationToken cancellationToken = default) =>
        RunAsync(p => p.GetPositionsAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, ContractSpec>> GetContractSpecsAsync(CancellationToken cancellationToken = default) =>
        RunAsync(p => p.GetContractSpecsAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> PlaceReduceOnlyOrderAsync(ReduceOrderRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.PlaceReduceOnlyOrderAsync(request, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> ClosePositionAsync(string symbol, PositionSide side, PositionMode mode, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.ClosePositionAsync(symbol, side, mode, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<string> SetPositionStopLossAsync(StopLossRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.SetPositionStopLossAsync(request, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PositionStop>> GetPositionStopsAsync(string? symbol = null, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.GetPositionStopsAsync(symbol, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<bool> CancelPositionStopAsync(string symbol, string orderId, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.CancelPositionStopAsync(symbol, orderId, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<int> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.CancelOpenOrdersAsync(symbol, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeOrder>> FindClosingOrdersAsync(string symbol, PositionSide side, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.FindClosingOrdersAsync(symbol, side, since, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<ExchangeOrder?> FindOrderByClientOidAsync(string symbol, string clientOid, CancellationToken cancellationToken = default) =>
        RunAsync(p => p.FindOrderByClientOidAsync(symbol, clientOid, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _classic.Dispose();
        _unified?.Dispose();
        _probeGate.Dispose();
    }

    private async Task<T> RunAsync<T>(Func<IExchangePort, Task<T>> call, CancellationToken cancellationToken)
    {
        var port = await PortAsync(cancellationToken).ConfigureAwait(false);
        var writes = WriteJournal.Begin();
        try
        {
            return await call(port).ConfigureAwait(false);
        }
        catch (BitgetApiException ex) when (_setting == AccountKindSetting.Auto && ex.Code is "40084" or "40085" && !Volatile.Read(ref writes.Value))
        {
            var key = await KeyAsync(cancellationToken).ConfigureAwait(false);
            _kinds.TryRemove(new KeyValuePair<string, AccountKind>(key, port.AccountKind));
            var other = await PortAsync(cancellationToken).ConfigureAwait(false);
            if (other.AccountKind == port.AccountKind)
            {
                throw;
            }

            return await call(other).ConfigureAwait(false);
        }
    }

    private async Task<IExchangePort> PortAsync(CancellationToken cancellationToken)
    {
        if (_setting != AccountKindSetting.Auto)
        {
            return PortOf(AccountKind);
        }

        var key = await KeyAsync(cancellationToken).ConfigureAwait(false);
        if (!_kinds.TryGetValue(key, out var kind))
        {
            await _probeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_kinds.TryGetValue(key, out kind))
                {
                    kind = await _detector.DetectAsync(cancellationToken).ConfigureAwait(false);
                    _kinds[key] = kind;
                }
            }
            finally
            {
                _probeGate.Release();
            }
        }

        Volatile.Write(ref _lastKind, (int)kind);
        return PortOf(kind);
    }

    private IExchangePort PortOf(AccountKind kind) => kind == AccountKind.Classic
        ? _classic
        : _unified ?? throw new AccountKindDetectionException("the key is a unified account, but the configured product type is a classic-only demo one", "/api/v3/account/settings", BitgetErrorKind.WrongAccountKind);

    /// <summary>A fingerprint of the API key, so the cache holds no key material.</summary>
    private async Task<string> KeyAsync(CancellationToken cancellationToken)
    {
        var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credentials.ApiKey)));
    }
}
