using Bitget.Simulator.V3.Account;
using Bitget.Simulator.V3.Market;
using Bitget.Simulator.V3.Orders;

namespace Bitget.Simulator.V3;

/// <summary>All v3 (unified account) routes; they share the one exchange state with v2.</summary>
public static class V3Endpoints
{
    public static IEndpointRouteBuilder MapV3(this IEndpointRouteBuilder app)
    {
        V3MarketEndpoints.Map(app);
        V3AccountEndpoints.Map(app);
        V3OrderEndpoints.Map(app);
        return app;
    }
}
