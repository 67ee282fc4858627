namespace Bitget.Simulator.Faults;

/// <summary>How the answer of a request that the exchange did process gets lost.</summary>
public enum LostResponseMode
{
    DropConnection,
    ServerError,
    Timeout,
}
