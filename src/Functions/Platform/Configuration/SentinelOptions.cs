using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Platform.Configuration;

/// <summary><c>Sentinel__Mode</c>: <c>off</c>, <c>dry-run</c> (default after deploy) or <c>live</c>.</summary>
public sealed class SentinelOptions
{
    public const string SectionName = "Sentinel";

    [Required]
    [RegularExpression("^(off|dry-run|live)$", ErrorMessage = "Sentinel__Mode must be off, dry-run or live.")]
    public string Mode { get; set; } = "dry-run";
}
