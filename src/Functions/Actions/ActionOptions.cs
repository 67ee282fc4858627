using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Actions;

/// <summary>The manual-action API's settings (<c>Actions__*</c>), checked at start.</summary>
public sealed class ActionOptions
{
    public const string SectionName = "Actions";

    /// <summary>How long a preview id may be confirmed.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan PreviewTtl { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    [Range(256, 1_048_576)]
    public int MaxBodyBytes { get; set; } = 16_384;

    /// <summary>How long a result is kept for its <c>Idempotency-Key</c>.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromDays(1);
}
