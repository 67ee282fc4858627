namespace Sentinel.Functions.State.Tables;

/// <summary>One page of a query; pass <see cref="ContinuationToken"/> back to read the next, null when done.</summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Values, string? ContinuationToken);
