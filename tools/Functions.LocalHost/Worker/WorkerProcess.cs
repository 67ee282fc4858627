using System.Diagnostics;

namespace Sentinel.LocalHost.Worker;

/// <summary>The running worker process; its output lines go to the console as they come.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process)
    {
        _process = process;
        Exited = WaitForExitAsync();
    }

    /// <summary>Completes with the exit code once the process has exited and its output is drained.</summary>
    public Task<int> Exited { get; }

    public int Id => _process.Id;

    public static WorkerProcess Start(ProcessStartInfo start, WorkerLogs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) logs.Console(line.Data, isError: false); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) logs.Console(line.Data, isError: true); };
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start the worker ({start.FileName}).");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    public void Kill()
    {
        if (!Exited.IsCompleted)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }
}
