using Bitget.Simulator.Faults;

namespace Bitget.Client.Tests.Support;

/// <summary>Every fault the simulator can inject, by name, so theories can list them all.</summary>
public static class FaultCase
{
    /// <summary>Faults after which nothing was processed (the reply is an error or never comes).</summary>
    public static TheoryData<string> Unprocessed => new()
    {
        "RateLimit", "ServerError", "Timeout", "SlowBeyondAttemptTimeout", "MalformedJson", "DropConnection", "Maintenance40200", "Maintenance45001",
    };

    /// <summary>Of <see cref="Unprocessed"/>, the faults whose answer proves it (HTTP 429): an order may be sent again.</summary>
    public static TheoryData<string> ProvablyRefused => new() { "RateLimit" };

    /// <summary>Of <see cref="Unprocessed"/>, the faults that look like a lost reply: the client cannot tell, so it never resends.</summary>
    public static TheoryData<string> Ambiguous => new()
    {
        "ServerError", "Timeout", "SlowBeyondAttemptTimeout", "MalformedJson", "DropConnection", "Maintenance40200", "Maintenance45001",
    };

    /// <summary>The modes in which the simulator processes a request and then loses the reply.</summary>
    public static TheoryData<string> LostResponse => new() { "LoseResponse:DropConnection", "LoseResponse:ServerError", "LoseResponse:Timeout" };

    /// <summary>Client attempt timeout used in these tests (the default).</summary>
    public static readonly TimeSpan AttemptTimeout = new BitgetClientOptions().AttemptTimeout;

    public static FaultRule Inject(FaultInjector faults, string name, string path, int times)
    {
        ArgumentNullException.ThrowIfNull(faults);
        return name switch
        {
            "RateLimit" => faults.RateLimit(path, times),
            "ServerError" => faults.ServerError(path, times),
            "Timeout" => faults.Timeout(path, times),
            "SlowBeyondAttemptTimeout" => faults.Delay(path, AttemptTimeout + TimeSpan.FromSeconds(5), times),
            "MalformedJson" => faults.MalformedJson(path, times),
            "DropConnection" => faults.DropConnection(path, times),
            "Maintenance40200" => faults.Maintenance(path, times),
            "Maintenance45001" => faults.Maintenance(path, times, "45001", "System maintenance"),
            "LoseResponse:DropConnection" => faults.LoseResponse(path, times, LostResponseMode.DropConnection),
            "LoseResponse:ServerError" => faults.LoseResponse(path, times, LostResponseMode.ServerError),
            "LoseResponse:Timeout" => faults.LoseResponse(path, times, LostResponseMode.Timeout),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown fault"),
        };
    }
}
