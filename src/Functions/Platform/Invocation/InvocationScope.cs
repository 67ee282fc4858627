using System.Collections;

namespace Sentinel.Functions.Platform.Invocation;

/// <summary>Logging scope state carried by every log line of an invocation (structured, with a readable text form).</summary>
internal sealed class InvocationScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _items;

    private InvocationScope(KeyValuePair<string, object?>[] items) => _items = items;

    public int Count => _items.Length;

    public KeyValuePair<string, object?> this[int index] => _items[index];

    public static InvocationScope Create(string invocationId, string? functionName = null) =>
        new(functionName is null
            ? [new(InvocationIds.ScopeKey, invocationId)]
            : [new(InvocationIds.ScopeKey, invocationId), new("FunctionName", functionName)]);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(" ", _items.Select(item => $"{item.Key}:{item.Value}"));
}
