using System.Net;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Signing;

/// <summary>Secrets, passphrases and signatures never reach exception messages, ToString or logs.</summary>
public sealed class SecretHygieneTests
{
    [Fact]
    public async Task FailuresAndLogs_NeverContainSecretPassphraseOrSignature()
    {
        var time = new FakeTimeProvider();
        var logs = new ListLoggerFactory();
        var signatures = new List<string>();
        var handler = new FakeBitgetHandler()
            .Always("/api/v2/mix/account/accounts", r =>
            {
                signatures.Add(r.Header("ACCESS-SIGN"));
                return Task.FromResult(FakeBitgetHandler.Json(HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40009", "sign signature error")));
            })
            .Always("/api/v2/mix/order/place-order", r =>
            {
                signatures.Add(r.Header("ACCESS-SIGN"));
                return Task.FromException<HttpResponseMessage>(new HttpRequestException("reset"));
            })
            .Always("/api/v2/mix/order/detail", HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40012", "apikey/password is incorrect"))
            .Always("/api/v2/mix/account/account", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"marginCoin":"USDT","posMode":"hedge_mode"}"""));
        using var client = TestClients.Create(handler, time, loggerFactory: logs);

        var failures = new List<Exception>
        {
            await Assert.ThrowsAsync<BitgetApiException>(() => client.Account.GetAccountsAsync()),
            await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => time.RunAsync(client.Orders.PlaceAsync(new PlaceOrderRequest
            {
                Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.Hedge, PositionSide = PositionSide.Short, Action = OrderAction.Close, Size = 1m,
            }))),
        };

        var texts = failures.Select(f => f.ToString()).Concat(logs.Messages).Append(TestClients.Credentials.ToString()).ToList();
        Assert.NotEmpty(logs.Messages);
        Assert.NotEmpty(signatures);
        foreach (var secret in signatures.Append(TestClients.Credentials.Secret).Append(TestClients.Credentials.Passphrase))
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
        }
    }
}
