using Microsoft.AspNetCore.Http;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Http;

namespace Sentinel.LocalHost.Tests.Http;

public sealed class FunctionKeysTests
{
    private const string Master = "master";
    private const string Function = "function";

    [Theory]
    [InlineData("Anonymous", null, true)]
    [InlineData("Function", null, false)]
    [InlineData("Function", "wrong", false)]
    [InlineData("Function", Function, true)]
    [InlineData("Function", Master, true)]
    [InlineData("Admin", Function, false)]
    [InlineData("Admin", Master, true)]
    [InlineData("System", Function, false)]
    [InlineData("System", Master, true)]
    public void KeyInTheHeader_IsCheckedLikeTheHost(string level, string? key, bool allowed)
    {
        var request = new DefaultHttpContext().Request;
        if (key is not null)
        {
            request.Headers["x-functions-key"] = key;
        }

        Assert.Equal(allowed, new FunctionKeys(Master, Function).Allows(Enum.Parse<AuthLevel>(level), request));
    }

    [Fact]
    public void KeyInTheCodeQuery_IsAccepted()
    {
        var request = new DefaultHttpContext().Request;
        request.QueryString = new QueryString("?code=function");

        Assert.True(new FunctionKeys(Master, Function).Allows(AuthLevel.Function, request));
    }

    [Fact]
    public void WithNoKeysConfigured_OnlyAnonymousPasses()
    {
        var request = new DefaultHttpContext().Request;
        request.Headers["x-functions-key"] = "";

        var keys = new FunctionKeys(null, null);

        Assert.False(keys.Allows(AuthLevel.Function, request));
        Assert.False(keys.Allows(AuthLevel.Admin, request));
        Assert.True(keys.Allows(AuthLevel.Anonymous, request));
    }
}
