using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Hosting;

/// <summary>
/// Checks every setting validated on start before the worker connects to the host, so a missing or wrong setting
/// stops the app with one line naming it (and exit code 1) rather than a stack trace in the host's log.
/// </summary>
internal static class StartupCheck
{
    public const string Prefix = "Sentinel cannot start: ";

    /// <summary>Where the worker finds the host's gRPC endpoint (from the host's <c>--functions-uri</c> argument).</summary>
    public const string HostEndpointSetting = "Functions:Worker:HostEndpoint";

    /// <summary>Builds the host, checks the settings, then runs it until shutdown. Returns the process exit code.</summary>
    public static async Task<int> RunAsync(Func<IHost> build, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(error);
        using var host = build();
        if ((Check(host.Services) ?? CheckHost(host.Services.GetRequiredService<IConfiguration>())) is { } problem)
        {
            await error.WriteLineAsync(Prefix + problem).ConfigureAwait(false);
            return 1;
        }

        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The settings problem as one line, or null when every setting validated on start is good.</summary>
    public static string? Check(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (OptionsValidationException exception)
        {
            return OneLine(exception.Failures);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // The validator reports every failing options type at once.
            return OneLine(exception.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures));
        }
        catch (InvalidOperationException exception) when (exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder's message names the setting (e.g. 'Monitor:LeaseDuration') and the type it wants.
            return OneLine([exception.Message]);
        }
    }

    /// <summary>Started by hand rather than by a Functions host, the worker has nobody to connect to.</summary>
    public static string? CheckHost(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration?[HostEndpointSetting])
            ? $"no Functions host to connect to ({HostEndpointSetting} is not set; the host passes it as --functions-uri). " +
              "Run the app under a Functions host: func start, or scripts/run.sh locally."
            : null;

    private static string OneLine(IEnumerable<string> failures) =>
        string.Join(' ', failures.Distinct(StringComparer.Ordinal).SelectMany(f => f.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
