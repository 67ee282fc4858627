namespace Sentinel.Functions.Alerting;

/// <summary>Runs <see cref="RuleSeeder"/> when the app starts (after the tables are created). A failure is logged, not fatal: the next start tries again.</summary>
public sealed partial class RuleSeedStartup(RuleSeeder seeder, ILogger<RuleSeedStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await seeder.SeedAsync(Path.Combine(AppContext.BaseDirectory, RuleSeeder.SeedFile), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSeedFailed(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding the rules failed; the next start tries again")]
    private static partial void LogSeedFailed(ILogger logger, Exception exception);
}
