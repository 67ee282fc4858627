using Microsoft.AspNetCore.Http;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Http;

namespace Sentinel.LocalHost.Tests.Http;

public sealed class RoutingTests
{
    [Theory]
    [InlineData("api", "status", "/api/status")]
    [InlineData("api", null, "/api/GetStatus")]
    [InlineData("", "status", "/status")]
    [InlineData("v1", "/rules/{id}", "/v1/rules/{id}")]
    public void Route_IsThePrefixThenTheFunctionsRoute(string prefix, string? route, string expected)
    {
        var trigger = new HttpTrigger("req", AuthLevel.Function, [], route);

        Assert.Equal(expected, HttpFrontEnd.RouteFor(prefix, "GetStatus", trigger));
    }

    [Fact]
    public void BindingData_HasQueryValues_WithRouteValuesOverThem()
    {
        var request = new DefaultHttpContext().Request;
        request.QueryString = new QueryString("?symbol=ETHUSDT&id=from-query");
        request.RouteValues["id"] = "from-route";

        var data = HttpFunctionProxy.BindingData(request);

        Assert.Equal("ETHUSDT", data["symbol"]);
        Assert.Equal("from-route", data["id"]);
    }
}
