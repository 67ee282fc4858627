using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Sentinel.Functions.Platform.State;
using Sentinel.TestSupport;

namespace Functions.Tests.Platform.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class OptimisticUpdateTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ConcurrentIncrements_NoneIsLost()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => OptimisticUpdate.ApplyAsync(
            table,
            "counters",
            "ticks",
            current =>
            {
                var next = current ?? new TableEntity("counters", "ticks");
                next["N"] = (current?.GetInt32("N") ?? 0) + 1;
                return next;
            },
            maxAttempts: 50)));

        Assert.Equal(8, (await table.GetEntityAsync<TableEntity>("counters", "ticks")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task AlwaysConflicting_GivesUpAfterTheBoundWithTheConflict()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 0 });
        var attempts = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => OptimisticUpdate.ApplyAsync(
            table,
            "p",
            "r",
            async (current, cancellationToken) =>
            {
                attempts++;
                await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = attempts * 100 }, cancellationToken: cancellationToken);
                var next = current!;
                next["N"] = -1;
                return next;
            },
            maxAttempts: 3));

        Assert.Equal(3, attempts);
        Assert.True(error.IsConcurrencyConflict());
        Assert.Equal(412, error.Status);
        Assert.Equal(300, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task AnswerLostAndRetryConflictsWithItself_AppliesTheDecisionOnce()
    {
        var loseFirstWriteAnswer = new LoseFirstAnswerPolicy();
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.AddPolicy(loseFirstWriteAnswer, HttpPipelinePosition.PerRetry);
        var seeded = await TableTestSupport.NewTableAsync(azurite);
        var table = new TableServiceClient(azurite.ConnectionString, options).GetTableClient(seeded.Name);
        await seeded.AddEntityAsync(new TableEntity("counters", "ticks") { ["N"] = 1 });
        var decisions = 0;

        var result = await OptimisticUpdate.ApplyAsync(table, "counters", "ticks", current =>
        {
            decisions++;
            current!["N"] = current.GetInt32("N") + 1;
            return current;
        });

        Assert.Equal(1, loseFirstWriteAnswer.Lost);
        Assert.Equal(1, decisions);
        Assert.Equal(2, result!.GetInt32("N"));
        Assert.Equal(2, (await seeded.GetEntityAsync<TableEntity>("counters", "ticks")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task DecisionReturnsNull_WritesNothing()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var added = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 5 });

        var result = await OptimisticUpdate.ApplyAsync(table, "p", "r", _ => null);

        Assert.Equal(5, result!.GetInt32("N"));
        Assert.Equal(added.Headers.ETag, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.ETag);
    }

    [Fact]
    public async Task StoredValues_RoundTripWithTheirTypes_DecimalsExactAndNullsLeftOut()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, 123, TimeSpan.Zero);
        var row = TableRows.WithoutNulls(new TableEntity("p", "r")
        {
            ["Money"] = TableDecimals.Stored(0.1000000000000000000000000001m),
            ["NoMoney"] = TableDecimals.Stored(null),
            ["Absent"] = null,
            ["Whole"] = 2.0,
            ["Big"] = long.MaxValue,
            ["At"] = at,
        });

        await table.AddEntityAsync(row);
        var stored = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal(0.1000000000000000000000000001m, stored.GetDecimal("Money"));
        Assert.Null(stored.GetDecimal("NoMoney"));
        Assert.False(stored.ContainsKey("Absent"));
        Assert.Equal(2.0, stored.GetDouble("Whole"));
        Assert.Equal(long.MaxValue, stored.GetInt64("Big"));
        Assert.Equal(at, stored.GetDateTimeOffset("At"));
    }

    /// <summary>Lets the first write reach the service, then loses its answer, as a dropped connection would.</summary>
    private sealed class LoseFirstAnswerPolicy : HttpPipelinePolicy
    {
        public int Lost { get; private set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("Async only.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (Lost == 0 && message.Request.Method != RequestMethod.Get)
            {
                Lost++;
                throw new IOException("Connection reset after the service applied the write.");
            }
        }
    }
}
