using System.Net;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Bitget.Client.Tests.Errors;

/// <summary>Every real error body becomes a BitgetApiException with Bitget's code, message, status, path and kind.</summary>
public sealed class ErrorFixtureTests
{
    [Theory]
    [InlineData("v2/errors/error-22002-real.json", "22002", "No position to close", BitgetErrorKind.PositionConflict, false)]
    [InlineData("v2/errors/error-40006-reconstructed.json", "40006", "Invalid ACCESS_KEY", BitgetErrorKind.Authentication, false)]
    [InlineData("v2/errors/error-40019-real.json", "40019", "Parameter QLCUSDT_SPBL cannot be empty", BitgetErrorKind.InvalidParameter, false)]
    [InlineData("v2/errors/error-40037-real.json", "40037", "Apikey does not exist", BitgetErrorKind.Authentication, false)]
    [InlineData("v2/errors/error-40099-real.json", "40099", "exchange environment is incorrect", BitgetErrorKind.WrongEnvironment, false)]
    [InlineData("v2/errors/error-40762-real.json", "40762", "The order amount exceeds the balance", BitgetErrorKind.OrderSizeOutOfRange, false)]
    [InlineData("v2/errors/error-40774-real.json", "40774", "The order type for unilateral position must also be the unilateral position type.", BitgetErrorKind.PositionConflict, false)]
    [InlineData("v2/errors/error-40786-real.json", "40786", "Duplicate clientOid", BitgetErrorKind.DuplicateClientOid, false)]
    [InlineData("v2/errors/error-40808-real.json", "40808", "Parameter verification exception size checkBDScale error value=2293.577 checkScale=2", BitgetErrorKind.InvalidParameter, false)]
    [InlineData("v2/errors/error-41103-real.json", "41103", "param price scale error error", BitgetErrorKind.InvalidParameter, false)]
    [InlineData("v2/errors/error-41114-real.json", "41114", "The current trading pair is under maintenance, please refer to the official announcement for the opening time", BitgetErrorKind.Maintenance, false)]
    [InlineData("v2/errors/error-43012-real.json", "43012", "Insufficient balance", BitgetErrorKind.InsufficientBalance, false)]
    [InlineData("v2/errors/error-45110-real.json", "45110", "less than the minimum amount 5 USDT", BitgetErrorKind.OrderSizeOutOfRange, false)]
    [InlineData("v2/errors/error-45122-real.json", "45122", "Short position stop loss price please > mark price 106.86", BitgetErrorKind.InvalidParameter, false)]
    [InlineData("v3/errors/error-40084-reported.json", "40084", "You are in Classic Account mode, and the Unified Account API is not supported at this time", BitgetErrorKind.WrongAccountKind, false)]
    [InlineData("v3/errors/error-40085-real.json", "40085", "You are in Unified Account mode, and the Classic Account API is not supported at this time", BitgetErrorKind.WrongAccountKind, false)]
    public async Task ErrorBody_Http400_ClassifiedByCode(string fixture, string code, string message, BitgetErrorKind kind, bool transient)
    {
        var body = await File.ReadAllTextAsync(RepositoryRoot.SharedFixtures("bitget", fixture));
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/market/tickers", HttpStatusCode.BadRequest, body);
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Market.GetTickersAsync());

        Assert.Equal(code, ex.Code);
        Assert.Equal(message, ex.BitgetMessage);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("/api/v2/mix/market/tickers", ex.RequestPath);
        Assert.Equal(kind, ex.Kind);
        Assert.Equal(transient, ex.IsTransient);
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorCodeWithHttp200_StillFails()
    {
        var body = await File.ReadAllTextAsync(RepositoryRoot.SharedFixtures("bitget", "v2/errors/error-43012-real.json"));
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/market/tickers", HttpStatusCode.OK, body);
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Market.GetTickersAsync());

        Assert.Equal(BitgetErrorKind.InsufficientBalance, ex.Kind);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
    }

    [Fact]
    public async Task RateLimitBody_Http429_RateLimitedAndTransientAfterRetries()
    {
        var body = await File.ReadAllTextAsync(RepositoryRoot.SharedFixtures("bitget", "v2/errors/error-429-real.json"));
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/market/tickers", (HttpStatusCode)429, body);
        using var client = TestClients.Create(handler, time, o => o.MaxReadRetries = 2);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => time.RunAsync(client.Market.GetTickersAsync()));

        Assert.Equal("429", ex.Code);
        Assert.Equal("Too Many Requests", ex.BitgetMessage);
        Assert.Equal(BitgetErrorKind.RateLimited, ex.Kind);
        Assert.True(ex.IsTransient);
        Assert.Equal(3, handler.To("/api/v2/mix/market/tickers").Count);
    }
}
