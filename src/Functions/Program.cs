using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;

namespace Sentinel.Functions;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (FunctionMetadataWriter.TryGetOutputDirectory(args, out var directory))
        {
            await using var metadataApp = SentinelApp.Build([]);
            var catalog = metadataApp.Services.GetRequiredService<DeclaredFunctions>().GetCatalog();
            var written = FunctionMetadataWriter.Write(catalog, directory);
            await Console.Out.WriteLineAsync($"Wrote function.json for {written.Count} function(s) to {directory}: {string.Join(", ", written)}");
            return 0;
        }

        await using var app = SentinelApp.Build(args);
        await app.RunAsync();
        return 0;
    }
}
