using System.Text.RegularExpressions;

namespace Infra.Tests.Checks;

/// <summary>Finds secret material, or ways of pulling it, in template text.</summary>
public static partial class SecretScan
{
    private static readonly (Func<string, bool> Matches, string What)[] Rules =
    [
        (AccountKey().IsMatch, "a storage account key"),
        (DefaultEndpoints().IsMatch, "a storage connection string"),
        (SharedAccessSignature().IsMatch, "a shared access signature"),
        (SasSignature().IsMatch, "a SAS signature (sig=)"),
        (ListFunction().IsMatch, "a list*() call that returns keys or secrets"),
        (line => IsLiteralAssignment(PasswordLiteral(), line), "a password literal"),
        (line => IsLiteralAssignment(SecretLiteral(), line), "a secret literal"),
        (InstrumentationKey().IsMatch, "a hard-coded instrumentation key"),
        (PrivateKey().IsMatch, "a private key"),
        (SecureParameter().IsMatch, "a @secure() parameter: no secret may pass through the templates"),
    ];

    /// <summary>One finding per offending line: <c>line N: what</c>.</summary>
    public static IReadOnlyList<string> Findings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        return lines
            .SelectMany((line, index) => Rules.Where(rule => rule.Matches(line)).Select(rule => $"line {index + 1}: {rule.What}"))
            .ToList();
    }

    // A name like "...Secret..." given a literal value, unless the value is a built-in role ID (public).
    private static bool IsLiteralAssignment(Regex pattern, string line) =>
        pattern.Matches(line).Any(match => !BuiltInRoles.All.Contains(match.Groups["value"].Value));

    [GeneratedRegex(@"AccountKey\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"DefaultEndpointsProtocol\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultEndpoints();

    [GeneratedRegex("SharedAccessSignature", RegexOptions.IgnoreCase)]
    private static partial Regex SharedAccessSignature();

    [GeneratedRegex(@"[?&;]sig=|\bsig\s*=\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"\blist(Keys|Secrets|Credentials?|AccountSas|ServiceSas|ConnectionStrings|PublishingCredentials)\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();

    [GeneratedRegex(@"(password|passwd|pwd)\w*['""]?(\s+string)?\s*[:=]\s*['""](?<value>[^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordLiteral();

    [GeneratedRegex(@"(secret|apikey|api_key|passphrase)\w*['""]?(\s+string)?\s*[:=]\s*['""](?<value>[^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLiteral();

    [GeneratedRegex(@"InstrumentationKey\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InstrumentationKey();

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"@secure\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex SecureParameter();
}
