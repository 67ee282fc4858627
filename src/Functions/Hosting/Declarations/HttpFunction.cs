namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>An HTTP function as written to function.json: route without the <c>api/</c> prefix, lower-case methods (empty = any).</summary>
public sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, AuthLevel AuthLevel);
