using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bitget.Client.DependencyInjection;

/// <summary>Checks <see cref="BitgetClientOptions"/> at start-up; each failure names its setting as configured (<c>Bitget__AttemptTimeout</c>).</summary>
internal sealed class BitgetClientOptionsValidator : IValidateOptions<BitgetClientOptions>
{
    public ValidateOptionsResult Validate(string? name, BitgetClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Problems()
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{BitgetClientOptions.SectionName}__{p.Setting} {p.Problem}"))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
