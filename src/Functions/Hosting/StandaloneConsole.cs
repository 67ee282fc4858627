namespace Sentinel.Functions.Hosting;

/// <summary>Where standalone mode prints what the developer must see once (address, generated key): the console, not the logs.</summary>
public sealed record StandaloneConsole(TextWriter Out);
