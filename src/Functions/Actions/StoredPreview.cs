using Bitget.Client.Trading;

namespace Sentinel.Functions.Actions;

/// <summary>A preview that may be confirmed until <see cref="ExpiresAt"/>: the action as asked, the position side it was sized against, and the clientOid execution will use.</summary>
public sealed record StoredPreview(string Id, ActionInput Input, decimal PositionSize, PositionMode? PositionMode, string ClientOid, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
