namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>
/// Gives services the app's declared functions. The app's own endpoint route builder is attached when the
/// pipeline is set up; the catalog is read when asked, so functions mapped afterwards are included.
/// </summary>
public sealed class DeclaredFunctions
{
    private IEndpointRouteBuilder? _endpoints;

    public FunctionCatalog GetCatalog() =>
        FunctionCatalog.From(_endpoints?.DataSources ?? throw new InvalidOperationException("The app's endpoints are not attached yet."));

    internal void Attach(IEndpointRouteBuilder endpoints) => _endpoints = endpoints;
}
