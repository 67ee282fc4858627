using System.Net;
using Bitget.Client.Errors;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.Exchange;

namespace Functions.Tests.Monitoring;

public sealed class ExchangeFailureClassifierTests
{
    [Theory]
    [InlineData("429", HttpStatusCode.TooManyRequests, TickFailureKind.RateLimited)]
    [InlineData("40006", HttpStatusCode.BadRequest, TickFailureKind.Authentication)]
    [InlineData("40085", HttpStatusCode.BadRequest, TickFailureKind.Authentication)]
    [InlineData("40099", HttpStatusCode.BadRequest, TickFailureKind.Authentication)]
    [InlineData("45001", HttpStatusCode.InternalServerError, TickFailureKind.Unreachable)]
    [InlineData("40034", HttpStatusCode.BadRequest, TickFailureKind.Other)]
    public void BitgetCodes_ClassifiedByTheClientsCodeTable(string code, HttpStatusCode status, TickFailureKind expected)
    {
        var failure = ExchangeFailureClassifier.Classify(new BitgetApiException(code, "refused", status, "/api/v2/mix/market/tickers"));

        Assert.Equal(expected, failure.Kind);
        Assert.Contains("/api/v2/mix/market/tickers", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoHttpAnswer_IsUnreachable()
    {
        var network = new BitgetApiException(null, "connection refused", null, "/api/v2/mix/position/all-position", BitgetErrorKind.Network);

        Assert.Equal(TickFailureKind.Unreachable, ExchangeFailureClassifier.Classify(network).Kind);
        Assert.Equal(TickFailureKind.Unreachable, ExchangeFailureClassifier.Classify(new HttpRequestException("refused")).Kind);
    }

    [Fact]
    public void NoAdapter_IsOtherWithAClearMessage_AndUnknownExceptionsDoNotLeakTheirMessage()
    {
        Assert.Contains("No exchange adapter", ExchangeFailureClassifier.Classify(new ExchangeNotConfiguredException()).Message, StringComparison.Ordinal);
        var other = ExchangeFailureClassifier.Classify(new InvalidOperationException("secret-ish detail"));
        Assert.Equal(TickFailureKind.Other, other.Kind);
        Assert.DoesNotContain("secret-ish", other.Message, StringComparison.Ordinal);
    }
}
