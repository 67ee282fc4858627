using Bitget.Client.Orders;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Orders;

public sealed class ClientOidTests
{
    [Fact]
    public void Next_ValidForV2AndV3_AndDistinct()
    {
        var generator = new ClientOid(new Random(1), new FakeTimeProvider());

        var ids = Enumerable.Range(0, 1000).Select(_ => generator.Next()).ToList();

        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_:-]{1,32}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Next_SameSeedAndClock_SameIds() =>
        Assert.Equal(new ClientOid(new Random(7), new FakeTimeProvider()).Next(), new ClientOid(new Random(7), new FakeTimeProvider()).Next());
}
