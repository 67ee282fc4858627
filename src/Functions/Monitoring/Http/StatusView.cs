namespace Sentinel.Functions.Monitoring.Http;

/// <summary>The body of <c>GET /api/status</c>; <see cref="LastTick"/> is null before the first tick.</summary>
/// <param name="Mode">Automation mode (<c>off</c>, <c>dry-run</c>, <c>live</c>).</param>
/// <param name="AccountKindSetting">The configured <c>Bitget__AccountKind</c>.</param>
/// <param name="AccountKind">The account kind in use (this process's adapter, else the last successful tick's); null when unknown.</param>
/// <param name="ProductType">The product type watched.</param>
/// <param name="LastTick">The last tick; null before the first tick, or when the state store cannot be read.</param>
/// <param name="StateError">Why the state store could not be read (status and error code); null when it could.</param>
internal sealed record StatusView(string Mode, string AccountKindSetting, string? AccountKind, string ProductType, TickView? LastTick, string? StateError);
