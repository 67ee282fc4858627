namespace Sentinel.LocalHost.Worker;

/// <summary>The worker's event stream is gone (the worker exited or disconnected), so a request cannot be answered.</summary>
internal sealed class WorkerUnavailableException(string message) : Exception(message);
