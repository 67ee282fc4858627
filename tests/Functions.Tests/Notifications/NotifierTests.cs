using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Notifications;
using Sentinel.TestSupport;
using static Functions.Tests.Notifications.NotificationTestData;

namespace Functions.Tests.Notifications;

public sealed class NotifierTests : IAsyncLifetime
{
    private const string SigningKey = "whsec-test-key-0123456789";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 10, 0, 5, TimeSpan.Zero));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private LoopbackReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await LoopbackReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _http.Dispose();
    }

    private WebhookNotifier CreateWebhook(Uri? url = null) => new(_http, new StaticSecrets(new()
    {
        [NotificationSecretNames.WebhookUrl] = (url ?? _receiver.Url).AbsoluteUri,
        [NotificationSecretNames.WebhookSigningKey] = SigningKey,
    }), _time);

    private TeamsNotifier CreateTeams(Uri? url = null) => new(_http, new StaticSecrets(new()
    {
        [NotificationSecretNames.TeamsWebhookUrl] = (url ?? _receiver.Url).AbsoluteUri,
    }));

    [Theory]
    [InlineData(200, DeliveryOutcome.Delivered)]
    [InlineData(202, DeliveryOutcome.Delivered)]
    [InlineData(408, DeliveryOutcome.RetryableFailure)]
    [InlineData(429, DeliveryOutcome.RetryableFailure)]
    [InlineData(500, DeliveryOutcome.RetryableFailure)]
    [InlineData(503, DeliveryOutcome.RetryableFailure)]
    [InlineData(400, DeliveryOutcome.PermanentFailure)]
    [InlineData(404, DeliveryOutcome.PermanentFailure)]
    [InlineData(413, DeliveryOutcome.PermanentFailure)]
    public async Task SendAsync_ReceiverAnswersStatus_IsClassified(int status, DeliveryOutcome expected)
    {
        _receiver.Status = status;

        var webhook = await CreateWebhook().SendAsync(FiringLiquidation());
        var teams = await CreateTeams().SendAsync(FiringLiquidation());

        Assert.Equal(expected, webhook.Outcome);
        Assert.Equal(expected, teams.Outcome);
        Assert.Equal(status, webhook.StatusCode);
        Assert.Equal(2, _receiver.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ConnectionRefused_IsRetryableAndDoesNotLeakTheUrl()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/hook?sig=secret-part");

        var webhook = await CreateWebhook(closed).SendAsync(FiringLiquidation());
        var teams = await CreateTeams(closed).SendAsync(FiringLiquidation());

        Assert.Equal(DeliveryOutcome.RetryableFailure, webhook.Outcome);
        Assert.Equal(DeliveryOutcome.RetryableFailure, teams.Outcome);
        Assert.DoesNotContain("secret-part", webhook.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", teams.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SecretMissing_IsRetryableWithoutSending()
    {
        var notifier = new TeamsNotifier(_http, new StaticSecrets([]));

        var result = await notifier.SendAsync(FiringLiquidation());

        Assert.Equal(DeliveryOutcome.RetryableFailure, result.Outcome);
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task Webhook_SignedBodyVerifiesWithTheReferenceVerifier()
    {
        await CreateWebhook().SendAsync(FiringLiquidation());

        var request = Assert.Single(_receiver.Requests);
        var signature = request.Headers[WebhookSignature.HeaderName];
        Assert.StartsWith($"t={_time.GetUtcNow().ToUnixTimeSeconds()},v1=", signature, StringComparison.Ordinal);
        Assert.True(ReferenceWebhookVerifier.Verify(signature, request.Body, SigningKey, _time.GetUtcNow()));
        Assert.False(ReferenceWebhookVerifier.Verify(signature, request.Body, "another-key", _time.GetUtcNow()));
        var tampered = request.Body.ToArray();
        tampered[^2] ^= 1;
        Assert.False(ReferenceWebhookVerifier.Verify(signature, tampered, SigningKey, _time.GetUtcNow()));
        Assert.False(ReferenceWebhookVerifier.Verify(signature, request.Body, SigningKey, _time.GetUtcNow().AddMinutes(5).AddSeconds(1)));
    }

    [Fact]
    public async Task Webhook_ResentNotification_CarriesTheSameIdempotencyKeyAndBodyWithAFreshSignature()
    {
        var notification = FiringLiquidation();

        await CreateWebhook().SendAsync(notification);
        _time.Advance(TimeSpan.FromMinutes(2));
        await CreateWebhook().SendAsync(notification);

        var requests = _receiver.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].Headers[WebhookNotifier.IdempotencyHeader], requests[1].Headers[WebhookNotifier.IdempotencyHeader]);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.NotEqual(requests[0].Headers[WebhookSignature.HeaderName], requests[1].Headers[WebhookSignature.HeaderName]);
        using var body = JsonDocument.Parse(requests[0].Body);
        Assert.Equal(requests[0].Headers[WebhookNotifier.IdempotencyHeader], body.RootElement.GetProperty("idempotencyKey").GetString());
    }

    [Fact]
    public async Task Webhook_BodyFollowsTheDocumentedSchema()
    {
        await CreateWebhook().SendAsync(FiringLiquidation());

        using var body = JsonDocument.Parse(Assert.Single(_receiver.Requests).Body);
        var root = body.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("firing", root.GetProperty("event").GetString());
        Assert.Equal("liquidation_distance", root.GetProperty("ruleType").GetString());
        Assert.Equal("BTCUSDT:long", root.GetProperty("subjectKey").GetString());
        Assert.Equal(7.5m, root.GetProperty("value").GetDecimal());
        Assert.Equal(10m, root.GetProperty("threshold").GetDecimal());
        Assert.Equal(92.5m, root.GetProperty("position").GetProperty("liquidationPrice").GetDecimal());
        Assert.Equal("application/json; charset=utf-8", Assert.Single(_receiver.Requests).Headers["Content-Type"]);
    }

    [Fact]
    public async Task Teams_PostsTheAdaptiveCardAsUtf8Json()
    {
        var notification = FiringLiquidation();

        await CreateTeams().SendAsync(notification);

        var request = Assert.Single(_receiver.Requests);
        Assert.Equal(TeamsCard.Build(notification), request.Body);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Contains("\"version\":\"1.4\"", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
    }
}
