namespace Sentinel.LocalHost.App;

/// <summary>The app, its settings or the host's options cannot be served as given; the message is the one line to print.</summary>
internal sealed class LocalHostConfigurationException(string message) : Exception(message);
