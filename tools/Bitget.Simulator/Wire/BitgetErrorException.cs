namespace Bitget.Simulator.Wire;

/// <summary>Ends a request with Bitget's error envelope: <c>{"code":…,"msg":…,"requestTime":…,"data":null}</c>.</summary>
public sealed class BitgetErrorException : Exception
{
    public BitgetErrorException()
    {
    }

    public BitgetErrorException(string message)
        : base(message)
    {
    }

    public BitgetErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BitgetErrorException(string code, string message, int status = 400)
        : base(message)
    {
        Code = code;
        Status = status;
    }

    public string Code { get; } = "40015";

    public int Status { get; } = 400;
}
