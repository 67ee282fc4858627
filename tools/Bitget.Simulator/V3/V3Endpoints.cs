namespace Bitget.Simulator.V3;

/// <summary>All v3 (unified account) routes.</summary>
public static class V3Endpoints
{
    public static IEndpointRouteBuilder MapV3(this IEndpointRouteBuilder app) => app;
}
