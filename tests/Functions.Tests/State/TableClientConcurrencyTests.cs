using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableClientConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TwoWritersWithTheSameETag_SecondLosesWith412_AndOnlyTheFirstWriteIsStored()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Owner"] = "none", ["Count"] = 0 });
        var first = await table.GetEntityAsync("p", "r");
        var second = await table.GetEntityAsync("p", "r");

        first["Owner"] = "first";
        first["Count"] = 1;
        await table.UpdateEntityAsync(first, first.ETag, TableUpdateMode.Replace);
        second["Owner"] = "second";
        second["Count"] = 2;
        var error = await Assert.ThrowsAsync<TableConcurrencyException>(() => table.UpdateEntityAsync(second, second.ETag, TableUpdateMode.Replace));

        var stored = await table.GetEntityAsync("p", "r");
        Assert.Equal(412, error.Status);
        Assert.Equal(("first", 1), (stored.GetString("Owner"), stored.GetInt32("Count")));
    }

    [Fact]
    public async Task DeleteWithStaleETag_Throws412_AndKeepsTheEntity()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableConcurrencyException>(() => table.DeleteEntityAsync("p", "r", stale));

        Assert.Equal(412, error.Status);
        Assert.Equal(2, (await table.GetEntityAsync("p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task UpdateWithoutAnETag_IsRefusedBeforeSending()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), default));

        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task OptimisticUpdate_ConcurrentIncrements_NoneIsLost()
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

        Assert.Equal(8, (await table.GetEntityAsync("counters", "ticks")).GetInt32("N"));
    }

    [Fact]
    public async Task OptimisticUpdate_AlwaysConflicting_GivesUpAfterTheBound()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 0 });
        var attempts = 0;

        var error = await Assert.ThrowsAsync<TableConcurrencyException>(() => OptimisticUpdate.ApplyAsync(
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
        Assert.Equal(412, error.Status);
        Assert.Equal(300, (await table.GetEntityAsync("p", "r")).GetInt32("N"));
    }

    [Fact]
    public async Task OptimisticUpdate_AnswerLostAndRetryConflictsWithItself_AppliesTheDecisionOnce()
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
        Assert.Equal(2, (await seeded.GetEntityAsync("counters", "ticks")).GetInt32("N"));
    }

    [Fact]
    public async Task OptimisticUpdate_MutationReturnsNull_WritesNothing()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 5 });

        var result = await OptimisticUpdate.ApplyAsync(table, "p", "r", _ => null);

        Assert.Equal(5, result!.GetInt32("N"));
        Assert.Equal(etag, (await table.GetEntityAsync("p", "r")).ETag);
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
