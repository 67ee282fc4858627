namespace Bitget.Simulator.Requests;

/// <summary>One request the simulator received: when (simulator clock), what, whose key, and the HTTP status sent (0 = aborted).</summary>
public sealed record RequestRecord(DateTimeOffset Time, string Method, string Path, string Query, string? ApiKey, int Status, string? Fault);
