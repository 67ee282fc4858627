using System.Net;
using System.Net.Sockets;
using Sentinel.Functions.Notifications;

namespace Functions.Tests.Notifications;

public sealed class DeliveryClassifierTests
{
    [Theory]
    [InlineData(204, DeliveryOutcome.Delivered)]
    [InlineData(301, DeliveryOutcome.PermanentFailure)]
    [InlineData(401, DeliveryOutcome.PermanentFailure)]
    [InlineData(408, DeliveryOutcome.RetryableFailure)]
    [InlineData(429, DeliveryOutcome.RetryableFailure)]
    [InlineData(502, DeliveryOutcome.RetryableFailure)]
    public void FromStatus_ClassifiesByStatus(int status, DeliveryOutcome expected) =>
        Assert.Equal(expected, DeliveryClassifier.FromStatus((HttpStatusCode)status).Outcome);

    [Fact]
    public void FromException_HttpClientTimeout_IsRetryable()
    {
        var timeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 10 seconds elapsing.", new TimeoutException());

        var result = DeliveryClassifier.FromException(timeout);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.RetryableFailure, null, "timeout"), result);
    }

    [Fact]
    public void FromException_ConnectionRefused_NamesTheSocketErrorOnly()
    {
        var refused = new HttpRequestException("Connection refused (hooks.example.com:443)", new SocketException((int)SocketError.ConnectionRefused));

        var result = DeliveryClassifier.FromException(refused);

        Assert.Equal(DeliveryOutcome.RetryableFailure, result.Outcome);
        Assert.Equal("connection failed (ConnectionRefused)", result.Reason);
    }
}
