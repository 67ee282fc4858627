using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Globalization;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Logs;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Errors;
using Sentinel.Functions.Hosting.Invocation;
using Sentinel.Functions.Hosting.Keys;
using Sentinel.Functions.Hosting.Timers;
using Sentinel.Functions.Observability;

namespace Sentinel.Functions.Hosting;

/// <summary>Wires the hosting layer: mode, listening address, logging, telemetry, problem details, keys, scheduler.</summary>
public static class SentinelHostingExtensions
{
    /// <summary>Adds local.settings.json (Values) below environment variables, like <c>func start</c> does.</summary>
    public static void AddLocalSettings(this ConfigurationManager configuration, string directory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var source = new LocalSettingsConfigurationSource(Path.Combine(directory, LocalSettingsConfigurationSource.FileName));
        var sources = ((IConfigurationBuilder)configuration).Sources;
        var environment = sources.Select((s, i) => (s, i)).FirstOrDefault(p => p.s is EnvironmentVariablesConfigurationSource);
        if (environment.s is null)
        {
            sources.Add(source);
        }
        else
        {
            sources.Insert(environment.i, source);
        }
    }

    public static HostingMode GetHostingMode(this IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration?[HostingOptions.CustomHandlerPortSetting]) ? HostingMode.Standalone : HostingMode.CustomHandler;

    public static HostingMode AddSentinelHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var mode = builder.Configuration.GetHostingMode();
        builder.WebHost.UseUrls(ListenUrl(builder.Configuration, mode));

        builder.Services.AddOptions<HostingOptions>()
            .BindConfiguration(HostingOptions.SectionName)
            .Validate(o => o.HealthProbeTimeout > TimeSpan.Zero, "Hosting:HealthProbeTimeout must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(new HostingModeInfo(mode));
        builder.Services.TryAddSingleton(TimeProvider.System);
        AddLogging(builder);
        builder.Services.AddSingleton<SentinelTelemetry>();
        builder.Services.AddHostedService<TelemetryExportService>();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["invocationId"] = context.HttpContext.GetInvocationId());
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddSingleton<TimerInvoker>();
        builder.Services.AddSingleton<DeclaredFunctions>();

        if (mode == HostingMode.Standalone)
        {
            builder.Services.AddSingleton<FunctionKeyStore>();
            builder.Services.AddSingleton<TimerScheduler>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<TimerScheduler>());
            builder.Services.TryAddSingleton(new StandaloneConsole(Console.Out));
            builder.Services.AddHostedService<StandaloneAnnouncer>();
        }

        return mode;
    }

    public static void UseSentinelHosting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<DeclaredFunctions>().Attach(app);
        // First, so the exception handler's own log lines still carry the invocation id.
        app.UseMiddleware<InvocationIdMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        if (app.Services.GetRequiredService<HostingModeInfo>().Mode == HostingMode.Standalone)
        {
            app.UseMiddleware<FunctionKeyMiddleware>();
        }
    }

    private static string ListenUrl(ConfigurationManager configuration, HostingMode mode)
    {
        if (mode == HostingMode.CustomHandler)
        {
            var port = configuration[HostingOptions.CustomHandlerPortSetting]!;
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                throw new InvalidOperationException($"{HostingOptions.CustomHandlerPortSetting} is '{port}', not a TCP port.");
            }

            // The host calls the handler on loopback; nothing else should reach it.
            return $"http://127.0.0.1:{number}";
        }

        var url = configuration[$"{HostingOptions.SectionName}:{nameof(HostingOptions.StandaloneUrl)}"] ?? new HostingOptions().StandaloneUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"Hosting:StandaloneUrl is '{url}', not an http(s) URL such as http://127.0.0.1:7071.");
        }

        return url;
    }

    private static void AddLogging(WebApplicationBuilder builder)
    {
        // Per-request lines from ASP.NET Core are logged outside the invocation scope; our own lines say what matters.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        if (OtlpEndpoint.IsConfigured(builder.Configuration))
        {
            var configuration = builder.Configuration;
            builder.Logging.AddOpenTelemetry(options =>
            {
                options.IncludeScopes = true;
                options.AddOtlpExporter(exporter => OtlpEndpoint.Configure(exporter, configuration, "v1/logs"));
            });
        }
    }
}
