using Bitget.Simulator.Faults;

namespace Bitget.Simulator.Control;

/// <summary><c>POST /sim/faults</c>: <c>{"path":"/api/v2/mix/order/place-order","kind":"LoseResponse","times":1}</c>.</summary>
public sealed record FaultCommand(
    string Path,
    FaultKind Kind,
    int? Times,
    double? Probability,
    double? DelaySeconds,
    int? StatusCode,
    string? Code,
    string? Message,
    LostResponseMode? LostResponseMode)
{
    public FaultRule ToRule() => new()
    {
        Path = Path,
        Kind = Kind,
        Times = Times,
        Probability = Probability ?? 1.0,
        Delay = DelaySeconds is { } d ? TimeSpan.FromSeconds(d) : TimeSpan.FromSeconds(100),
        StatusCode = StatusCode ?? (Kind == FaultKind.LoseResponse ? 502 : 503),
        Code = Code ?? "40200",
        Message = Message ?? "Server upgrade, please try again later",
        LostResponseMode = LostResponseMode ?? Faults.LostResponseMode.DropConnection,
    };
}
