using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Platform.State.Leases;
using Sentinel.TestSupport;

namespace Functions.Tests.Platform.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableLeaseManagerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new();
    private readonly StorageTraffic _traffic = new();

    [Fact]
    public async Task TryAcquire_HeldByAnother_IsRefusedUntilItExpires()
    {
        var leases = await CreateSutAsync();
        var first = await leases.TryAcquireAsync("monitor", "instance-a", Duration);

        var whileHeld = await leases.TryAcquireAsync("monitor", "instance-b", Duration);
        _clock.Advance(TimeSpan.FromSeconds(29));
        var justBefore = await leases.TryAcquireAsync("monitor", "instance-b", Duration);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var afterExpiry = await leases.TryAcquireAsync("monitor", "instance-b", Duration);

        Assert.NotNull(first);
        Assert.Null(whileHeld);
        Assert.Null(justBefore);
        Assert.Equal("instance-b", afterExpiry?.Owner);
    }

    [Fact]
    public async Task TryAcquire_ManyContendersAtOnce_ExactlyOneWins()
    {
        var leases = await CreateSutAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => leases.TryAcquireAsync("tick", $"instance-{i}", Duration)));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task TryAcquire_ExpiredLeaseContested_ExactlyOneTakesItOver()
    {
        var leases = await CreateSutAsync();
        await leases.TryAcquireAsync("tick", "old", Duration);
        _clock.Advance(Duration + TimeSpan.FromSeconds(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => leases.TryAcquireAsync("tick", $"instance-{i}", Duration)));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task Renew_AfterLosingTheLease_ReportsLoss_AndReleaseLeavesTheNewOwner()
    {
        var leases = await CreateSutAsync();
        var mine = await leases.TryAcquireAsync("tick", "a", Duration);
        _clock.Advance(Duration + TimeSpan.FromSeconds(1));
        var theirs = await leases.TryAcquireAsync("tick", "b", Duration);

        var renewed = await leases.RenewAsync(mine!, Duration);
        await leases.ReleaseAsync(mine!);
        var stillTheirs = await leases.TryAcquireAsync("tick", "c", Duration);

        Assert.NotNull(theirs);
        Assert.Null(renewed);
        Assert.Null(stillTheirs);
    }

    [Fact]
    public async Task Renew_WhileHeld_ExtendsTheExpiry()
    {
        var leases = await CreateSutAsync();
        var lease = await leases.TryAcquireAsync("tick", "a", Duration);
        _clock.Advance(TimeSpan.FromSeconds(20));

        var renewed = await leases.RenewAsync(lease!, Duration);
        _clock.Advance(TimeSpan.FromSeconds(20));
        var other = await leases.TryAcquireAsync("tick", "b", Duration);

        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(10), renewed!.ExpiresAt);
        Assert.Null(other);
    }

    [Fact]
    public async Task RunExclusive_SecondCallerWhileFirstRuns_DoesNotRun_AndLeaseIsFreedAfter()
    {
        var leases = await CreateSutAsync();
        var secondRan = true;

        var firstRan = await leases.RunExclusiveAsync("tick", "a", Duration, async ct =>
        {
            secondRan = await leases.RunExclusiveAsync("tick", "b", Duration, _ => Task.CompletedTask, ct);
        });
        var afterRelease = await leases.TryAcquireAsync("tick", "c", Duration);

        Assert.True(firstRan);
        Assert.False(secondRan);
        Assert.NotNull(afterRelease);
    }

    [Fact]
    public async Task TryAcquire_AfterOurOwnRelease_IsOneWrite_AndSaysNobodyHeldItInBetween()
    {
        var leases = await CreateSutAsync();
        var first = await leases.TryAcquireAsync("tick", "a", Duration);
        await leases.ReleaseAsync(first!);
        var before = _traffic.Requests;

        var again = await leases.TryAcquireAsync("tick", "b", Duration);

        Assert.Equal(1, _traffic.Requests - before);
        Assert.False(first!.UntouchedSinceOurRelease);
        Assert.True(again!.UntouchedSinceOurRelease);
    }

    [Fact]
    public async Task TryAcquire_AnotherInstanceHeldItSinceOurRelease_IsTakenButNotUntouched()
    {
        var table = await NewTableAsync();
        var ours = new TableLeaseManager(table, _clock);
        var theirs = new TableLeaseManager(table, _clock);
        await ours.ReleaseAsync((await ours.TryAcquireAsync("tick", "a", Duration))!);
        await theirs.ReleaseAsync((await theirs.TryAcquireAsync("tick", "b", Duration))!);

        var again = await ours.TryAcquireAsync("tick", "c", Duration);

        Assert.NotNull(again);
        Assert.False(again.UntouchedSinceOurRelease);
    }

    [Fact]
    public async Task TryAcquire_OnAnEmptyAccount_CreatesTheTableFirst()
    {
        var table = TableTestSupport.Service(azurite).GetTableClient(TableTestSupport.NewName());

        var lease = await new TableLeaseManager(table, _clock).TryAcquireAsync("tick", "a", Duration);

        Assert.NotNull(lease);
    }

    [Fact]
    public async Task TryHold_TakenOverWhileHeld_TheHolderLearnsItLostTheLease_AndLeavesTheNewOwnerAlone()
    {
        var table = await NewTableAsync();
        var holderClock = new FakeTimeProvider(_clock.GetUtcNow());
        var hold = await new TableLeaseManager(table, holderClock).TryHoldAsync("tick", "a", Duration);
        _clock.Advance(Duration + TimeSpan.FromSeconds(1));
        var theirs = await new TableLeaseManager(table, _clock).TryAcquireAsync("tick", "b", Duration);
        var lost = new TaskCompletionSource();
        using var registration = hold!.Lost.Register(lost.SetResult);

        holderClock.Advance(Duration / 3);
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await hold.DisposeAsync();
        var stillTheirs = await new TableLeaseManager(table, _clock).TryAcquireAsync("tick", "c", Duration);

        Assert.NotNull(theirs);
        Assert.Null(stillTheirs);
    }

    [Fact]
    public async Task TryHold_RenewalHangs_TheHolderLearnsItLostTheLease_AThirdBeforeItExpires()
    {
        var gate = new HeldLeaseWrite(beforeTheStore: true);
        var hold = await new TableLeaseManager(await TableTestSupport.NewTableAsync(azurite, gate), _clock).TryHoldAsync("tick", "a", Duration);
        var lost = new TaskCompletionSource();
        using var registration = hold!.Lost.Register(lost.SetResult);

        _clock.Advance(Duration / 3);
        await gate.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        _clock.Advance(Duration / 3);

        await lost.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(_clock.GetUtcNow() < hold.Initial.ExpiresAt, "the loss must be known before another instance can take the lease");
        await hold.DisposeAsync();
    }

    // Guards the release after a renewal the store applied: in this rig the held reply is not cut by the holder's
    // cancellation, so the stale-ETag release this guards against was not reproduced here; it passes on the old code too.
    [Fact]
    public async Task TryHold_DisposedWhileARenewalTheStoreAppliedIsUnderWay_StillReleasesTheLease()
    {
        var gate = new HeldLeaseWrite(beforeTheStore: false);
        var table = await TableTestSupport.NewTableAsync(azurite, gate);
        var hold = await new TableLeaseManager(table, _clock).TryHoldAsync("tick", "a", Duration);
        _clock.Advance(Duration / 3);
        await gate.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var disposing = hold!.DisposeAsync().AsTask();
        gate.Open();
        await disposing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(await new TableLeaseManager(table, _clock).TryAcquireAsync("tick", "b", Duration));
    }

    /// <summary>Holds the first lease-row update (a renewal) until opened, before or after the store applied it.</summary>
    private sealed class HeldLeaseWrite(bool beforeTheStore) : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _held;

        public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("the table client is used asynchronously");

        public override async ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            var hold = message.Request.Method == Azure.Core.RequestMethod.Put && Interlocked.Exchange(ref _held, 1) == 0;
            if (hold && beforeTheStore)
            {
                Arrived.TrySetResult();
                await _open.Task.WaitAsync(message.CancellationToken);
            }

            await ProcessNextAsync(message, pipeline);
            if (hold && !beforeTheStore)
            {
                Arrived.TrySetResult();
                await _open.Task.WaitAsync(message.CancellationToken);
            }
        }
    }

    private async Task<TableLeaseManager> CreateSutAsync() => new(await NewTableAsync(), _clock);

    private Task<TableClient> NewTableAsync() => TableTestSupport.NewTableAsync(azurite, _traffic);
}
