using Bitget.Client.Errors;

namespace Bitget.Client.Tests.Errors;

/// <summary>The code table: kind, transience, and which refusals prove nothing was processed.</summary>
public sealed class BitgetErrorCatalogTests
{
    [Theory]
    [InlineData("429", BitgetErrorKind.RateLimited, true)]
    [InlineData("40006", BitgetErrorKind.Authentication, false)]
    [InlineData("40009", BitgetErrorKind.Authentication, false)]
    [InlineData("40012", BitgetErrorKind.Authentication, false)]
    [InlineData("40037", BitgetErrorKind.Authentication, false)]
    [InlineData("40008", BitgetErrorKind.TimestampExpired, true)]
    [InlineData("40004", BitgetErrorKind.TimestampExpired, true)]
    [InlineData("40099", BitgetErrorKind.WrongEnvironment, false)]
    [InlineData("40084", BitgetErrorKind.WrongAccountKind, false)]
    [InlineData("40085", BitgetErrorKind.WrongAccountKind, false)]
    [InlineData("43012", BitgetErrorKind.InsufficientBalance, false)]
    [InlineData("40754", BitgetErrorKind.InsufficientBalance, false)]
    [InlineData("45110", BitgetErrorKind.OrderSizeOutOfRange, false)]
    [InlineData("22002", BitgetErrorKind.PositionConflict, false)]
    [InlineData("40774", BitgetErrorKind.PositionConflict, false)]
    [InlineData("40768", BitgetErrorKind.NotFound, false)]
    [InlineData("43001", BitgetErrorKind.NotFound, false)]
    [InlineData("40786", BitgetErrorKind.DuplicateClientOid, false)]
    [InlineData("43118", BitgetErrorKind.DuplicateClientOid, false)]
    [InlineData("25212", BitgetErrorKind.DuplicateClientOid, false)]
    [InlineData("40808", BitgetErrorKind.InvalidParameter, false)]
    [InlineData("40019", BitgetErrorKind.InvalidParameter, false)]
    [InlineData("41114", BitgetErrorKind.Maintenance, false)]
    [InlineData("40015", BitgetErrorKind.ServerError, true)]
    [InlineData("40200", BitgetErrorKind.ServerError, true)]
    [InlineData("40725", BitgetErrorKind.ServerError, true)]
    [InlineData("45001", BitgetErrorKind.ServerError, true)]
    [InlineData("99999", BitgetErrorKind.Unknown, false)]
    public void Code_MapsToKindAndTransience(string code, BitgetErrorKind kind, bool transient)
    {
        Assert.Equal(kind, BitgetErrorCatalog.KindOf(code));
        Assert.Equal(transient, BitgetErrorCatalog.IsTransient(code));
    }

    [Fact]
    public void ClassificationIgnoresMessageText()
    {
        var ex = new BitgetApiException("40786", "Too Many Requests, Insufficient balance", null, "/p");

        Assert.Equal(BitgetErrorKind.DuplicateClientOid, ex.Kind);
    }

    [Theory]
    [InlineData("40009", true)]
    [InlineData("40085", true)]
    [InlineData("40008", true)]
    [InlineData("429", true)]
    [InlineData("40725", false)]
    [InlineData("43012", false)]
    public void ProvesNotProcessed_OnlyGatewayRefusals(string code, bool proves) =>
        Assert.Equal(proves, BitgetErrorCatalog.ProvesNotProcessed(code));
}
