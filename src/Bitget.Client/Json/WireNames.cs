using System.Collections.Concurrent;
using System.Reflection;

namespace Bitget.Client.Json;

/// <summary>The canonical wire spelling of an enum member (its first <see cref="WireNameAttribute"/> name).</summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    /// <summary>The string the client sends for <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache.GetOrAdd(value, static v =>
        {
            var field = v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static);
            return field?.GetCustomAttribute<WireNameAttribute>()?.Names is { Count: > 0 } names ? names[0] : v.ToString();
        });
}
