using System.ComponentModel.DataAnnotations;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sentinel.LocalHost;
using Sentinel.LocalHost.App;

// dotnet Sentinel.LocalHost.dll --app <published app> [--settings local.settings.json] [--port 7071]
// Keys: LocalHost__MasterKey / LocalHost__FunctionKey in the environment (or --master-key / --function-key).
var configuration = new ConfigurationBuilder()
    .AddEnvironmentVariables()
    .AddCommandLine(args, LocalHostOptions.Switches.ToDictionary())
    .Build();
var options = configuration.GetSection(LocalHostOptions.Section).Get<LocalHostOptions>() ?? new LocalHostOptions();
var problems = new List<ValidationResult>();
if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
{
    await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, problems.Select(problem => problem.ErrorMessage)));
    return 2;
}

using var loggerFactory = LoggerFactory.Create(logging => logging
    .AddSimpleConsole(console =>
    {
        console.SingleLine = true;
        console.TimestampFormat = "HH:mm:ss ";
    })
    .AddFilter("Microsoft", LogLevel.Warning)
    .AddFilter("Grpc", LogLevel.Warning)
    .AddFilter("Yarp", LogLevel.Warning)
    .SetMinimumLevel(LogLevel.Information));

using var stop = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; stop.Cancel(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });

LocalFunctionsHost host;
try
{
    host = await LocalFunctionsHost.StartAsync(options, TimeProvider.System, loggerFactory, [], stop.Token);
}
catch (LocalHostConfigurationException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}

await using (host)
{
    var stopped = Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => 0, TaskScheduler.Default);
    if (await Task.WhenAny(stopped, host.WorkerExited) == host.WorkerExited)
    {
        await Console.Error.WriteLineAsync($"The worker exited unexpectedly (code {await host.WorkerExited}); the local host does not restart it.");
        return 1;
    }

    return await host.StopAsync() == 0 ? 0 : 1;
}
