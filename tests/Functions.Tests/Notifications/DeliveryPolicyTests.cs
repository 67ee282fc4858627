using Sentinel.Functions.Notifications;
using static Sentinel.Core.Tests.Alerts.AlertTestData;
using static Functions.Tests.Notifications.NotificationTestData;

namespace Functions.Tests.Notifications;

public sealed class DeliveryPolicyTests
{
    private static readonly DeliveryPolicyOptions Options = new()
    {
        InitialBackoff = TimeSpan.FromSeconds(10),
        MaxBackoff = TimeSpan.FromMinutes(5),
        MaxAttempts = 5,
        MaxAge = TimeSpan.FromHours(1),
    };

    private static DeliveryPolicy CreateSut(double sample) => new(Options, new FixedRandom(sample));

    private static OutboxEntry Entry() => OutboxEntry.Create(FiringLiquidation(), "webhook", T0);

    [Theory]
    [InlineData(1, 0.0, 5)]
    [InlineData(1, 1.0, 10)]
    [InlineData(2, 0.0, 10)]
    [InlineData(3, 0.5, 30)]
    [InlineData(6, 0.0, 150)]
    [InlineData(7, 1.0, 300)]
    [InlineData(60, 1.0, 300)]
    public void Backoff_DoublesWithEqualJitterAndCaps(int failedAttempts, double sample, double expectedSeconds)
    {
        var sut = CreateSut(sample);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), sut.Backoff(failedAttempts));
    }

    [Fact]
    public void Backoff_WithARealRandom_StaysWithinHalfToFullOfTheNominalDelay()
    {
        var sut = new DeliveryPolicy(Options, new Random(42));

        var delays = Enumerable.Range(0, 200).Select(_ => sut.Backoff(3)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40)));
        Assert.True(delays.Distinct().Count() > 100, "jitter should spread retries out");
    }

    [Fact]
    public void Apply_Delivered_MarksDelivered()
    {
        var entry = CreateSut(0).Apply(Entry(), DeliveryResult.Delivered(202), T0.AddSeconds(1));

        Assert.Equal(OutboxStatus.Delivered, entry.Status);
        Assert.Equal(T0.AddSeconds(1), entry.DeliveredAt);
        Assert.Equal(1, entry.Attempts);
        Assert.False(entry.IsDue(T0.AddDays(1)));
    }

    [Fact]
    public void Apply_Retryable_SchedulesTheNextAttemptAfterBackoff()
    {
        var entry = CreateSut(1.0).Apply(Entry(), new DeliveryResult(DeliveryOutcome.RetryableFailure, 503, "HTTP 503"), T0);

        Assert.Equal(OutboxStatus.Pending, entry.Status);
        Assert.Equal(T0.AddSeconds(10), entry.NextAttemptAt);
        Assert.Equal(503, entry.LastStatusCode);
        Assert.Equal("HTTP 503", entry.LastError);
        Assert.False(entry.IsDue(T0.AddSeconds(9)));
        Assert.True(entry.IsDue(T0.AddSeconds(10)));
    }

    [Fact]
    public void Apply_Permanent_DeadLettersAtOnce()
    {
        var entry = CreateSut(0).Apply(Entry(), new DeliveryResult(DeliveryOutcome.PermanentFailure, 400, "HTTP 400"), T0);

        Assert.Equal(OutboxStatus.DeadLettered, entry.Status);
    }

    [Fact]
    public void Apply_RetryableAtTheLastAttempt_DeadLetters()
    {
        var sut = CreateSut(0);
        var entry = Entry();
        var failure = new DeliveryResult(DeliveryOutcome.RetryableFailure, null, "timeout");

        for (var i = 0; i < Options.MaxAttempts; i++)
        {
            Assert.Equal(OutboxStatus.Pending, entry.Status);
            entry = sut.Apply(entry, failure, entry.NextAttemptAt);
        }

        Assert.Equal(OutboxStatus.DeadLettered, entry.Status);
        Assert.Equal(Options.MaxAttempts, entry.Attempts);
    }

    [Fact]
    public void Apply_RetryableAfterMaxAge_DeadLetters()
    {
        var entry = CreateSut(0).Apply(Entry(), new DeliveryResult(DeliveryOutcome.RetryableFailure, 500, "HTTP 500"), T0.AddHours(1));

        Assert.Equal(OutboxStatus.DeadLettered, entry.Status);
    }

    private sealed class FixedRandom(double sample) : Random
    {
        public override double NextDouble() => sample;
    }
}
