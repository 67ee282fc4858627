namespace Bitget.Client.Json;

/// <summary>The spellings Bitget uses for an enum member on the wire; the first is the one the client sends.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class WireNameAttribute(params string[] names) : Attribute
{
    /// <summary>Accepted spellings, compared case-insensitively; the first is canonical.</summary>
    public IReadOnlyList<string> Names { get; } = names;
}
