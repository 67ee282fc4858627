using Sentinel.Functions.State.Tables;

namespace Functions.Tests.State;

public sealed class TableFilterTests
{
    [Fact]
    public void Create_EscapesQuotesInStrings()
    {
        var value = "O'Brien";

        var filter = TableFilter.Create($"Name eq {value}");

        Assert.Equal("Name eq 'O''Brien'", filter);
    }

    [Fact]
    public void Create_FormatsEachTypeAsItsODataLiteral()
    {
        var id = Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833");
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1));

        var filter = TableFilter.Create($"A eq {1} and B eq {2L} and C eq {true} and D eq {id} and E ge {when} and F eq {0.5} and G eq {12.30m} and H eq {new byte[] { 1, 171 }}");

        Assert.Equal("A eq 1 and B eq 2L and C eq true and D eq guid'c9da6455-213d-42c9-9a79-3e9149a57833' and E ge datetime'2026-01-02T02:04:05.0000000Z' and F eq 0.5 and G eq '12.30' and H eq X'01AB'", filter);
    }

    [Fact]
    public void Create_NullOrUnsupportedValue_IsRefused()
    {
        string? missing = null;

        Assert.Throws<ArgumentException>(() => TableFilter.Create($"A eq {missing}"));
        Assert.Throws<ArgumentException>(() => TableFilter.Create($"A eq {new object()}"));
    }
}
