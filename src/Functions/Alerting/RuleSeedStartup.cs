namespace Sentinel.Functions.Alerting;

/// <summary>
/// Runs <see cref="RuleSeeder"/> in the background once the app has started, so start-up waits for no storage call
/// (Flex Consumption gives the worker 30 s). A failure is logged, not fatal: the next start tries again.
/// </summary>
internal sealed partial class RuleSeedStartup(RuleSeeder seeder, ILogger<RuleSeedStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await seeder.SeedAsync(Path.Combine(AppContext.BaseDirectory, RuleSeeder.SeedFile), stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSeedFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding the rules failed; the next start tries again")]
    private static partial void LogSeedFailed(ILogger logger, Exception exception);
}
