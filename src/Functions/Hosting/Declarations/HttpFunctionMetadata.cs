namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>
/// Endpoint metadata marking a minimal-API endpoint as an HTTP-triggered Azure Function. The
/// route and methods come from the endpoint itself, so they are declared only once.
/// </summary>
public sealed record HttpFunctionMetadata(string Name, AuthLevel AuthLevel);
