namespace Sentinel.Core.Alerts;

/// <summary>Interns symbols to dense ids so per-tick lookups are array reads instead of string hashing.</summary>
public sealed class SymbolTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public int Intern(string symbol)
    {
        if (_ids.TryGetValue(symbol, out var id))
        {
            return id;
        }

        id = _names.Count;
        _names.Add(symbol);
        _ids.Add(symbol, id);
        return id;
    }

    public bool TryGetId(string symbol, out int id) => _ids.TryGetValue(symbol, out id);

    public string NameOf(int id) => _names[id];
}
