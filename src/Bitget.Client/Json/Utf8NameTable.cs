using System.Text;

namespace Bitget.Client.Json;

/// <summary>
/// Maps a JSON property name, as UTF-8 bytes, to its position in a fixed list of names. Hand-written converters for
/// hot replies use it so a name costs one length bucket and a byte compare, not a string or a chain of comparisons.
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly (byte[] Name, int Index)[][] _byLength;
    private readonly string[] _names;

    public Utf8NameTable(params string[] names)
    {
        _names = names;
        var encoded = names.Select((name, index) => (Name: Encoding.UTF8.GetBytes(name), Index: index)).ToArray();
        var longest = encoded.Max(e => e.Name.Length);
        _byLength = new (byte[], int)[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = encoded.Where(e => e.Name.Length == length).ToArray();
        }
    }

    /// <summary>The name at <paramref name="index"/>.</summary>
    public string NameAt(int index) => _names[index];

    /// <summary>The index of <paramref name="name"/> in the list, or -1 when it is not one of the names.</summary>
    public int IndexOf(ReadOnlySpan<byte> name)
    {
        if (name.Length >= _byLength.Length)
        {
            return -1;
        }

        foreach (var (candidate, index) in _byLength[name.Length])
        {
            if (name.SequenceEqual(candidate))
            {
                return index;
            }
        }

        return -1;
    }
}
