using System.Globalization;
using System.Text;

namespace Infra.Tests.Bicep;

/// <summary>
/// Splits Bicep source into tokens: comments are dropped, strings are decoded (escapes, interpolations,
/// multi-line strings), new lines are kept because they end statements and object properties.
/// Malformed input (an unterminated string or comment, an unknown escape) is a <see cref="FormatException"/>.
/// </summary>
public sealed class BicepTokenizer
{
    private static readonly string[] TwoCharacterSymbols = ["==", "!=", "<=", ">=", "&&", "||", "??", "?.", ".?", "=~", "!~", "=>", "::"];

    private readonly string _source;
    private int _position;
    private int _line = 1;

    private BicepTokenizer(string source) => _source = source;

    public static IReadOnlyList<Token> Tokenize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BicepTokenizer(source).ReadTokens(insideInterpolation: false);
    }

    private List<Token> ReadTokens(bool insideInterpolation)
    {
        var tokens = new List<Token>();
        var braceDepth = 0;
        while (_position < _source.Length)
        {
            if (insideInterpolation && braceDepth == 0 && _source[_position] == '}')
            {
                _position++;
                return tokens;
            }

            if (!SkipTrivia())
            {
                var token = ReadToken();
                braceDepth += token.IsSymbol("{") ? 1 : token.IsSymbol("}") ? -1 : 0;
                tokens.Add(token);
            }
        }

        return insideInterpolation ? throw Error("unterminated string interpolation") : tokens;
    }

    // Spaces (not new lines, which end statements) and comments.
    private bool SkipTrivia()
    {
        var c = _source[_position];
        if (c != '\n' && char.IsWhiteSpace(c))
        {
            _position++;
        }
        else if (At("//"))
        {
            SkipLineComment();
        }
        else if (At("/*"))
        {
            SkipBlockComment();
        }
        else
        {
            return false;
        }

        return true;
    }

    private Token ReadToken()
    {
        var c = _source[_position];
        if (c == '\n')
        {
            _position++;
            return new Token(TokenKind.NewLine, "\n", _line++);
        }

        if (At("'''"))
        {
            return ReadMultiLineString();
        }

        if (c == '\'')
        {
            return ReadString();
        }

        if (char.IsAsciiDigit(c))
        {
            return ReadWhile(TokenKind.Number, char.IsAsciiDigit);
        }

        return char.IsAsciiLetter(c) || c == '_'
            ? ReadWhile(TokenKind.Identifier, ch => char.IsAsciiLetterOrDigit(ch) || ch == '_')
            : ReadSymbol();
    }

    private bool At(string text) => string.CompareOrdinal(_source, _position, text, 0, text.Length) == 0;

    private FormatException Error(string message) => new($"Line {_line.ToString(CultureInfo.InvariantCulture)}: {message}.");

    private void SkipLineComment()
    {
        while (_position < _source.Length && _source[_position] != '\n')
        {
            _position++;
        }
    }

    private void SkipBlockComment()
    {
        var end = _source.IndexOf("*/", _position + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Error("unterminated block comment");
        }

        _line += _source.AsSpan(_position, end - _position).Count('\n');
        _position = end + 2;
    }

    private Token ReadMultiLineString()
    {
        var start = _position + 3;
        var end = _source.IndexOf("'''", start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Error("unterminated multi-line string");
        }

        var token = new Token(TokenKind.String, _source[start..end], _line);
        _line += _source.AsSpan(start, end - start).Count('\n');
        _position = end + 3;
        return token;
    }

    private Token ReadString()
    {
        var line = _line;
        var text = new StringBuilder();
        var embedded = new List<Token>();
        _position++;
        while (true)
        {
            if (_position >= _source.Length || _source[_position] == '\n')
            {
                throw Error("unterminated string");
            }

            var c = _source[_position];
            if (c == '\'')
            {
                _position++;
                return new Token(TokenKind.String, text.ToString(), line, embedded);
            }

            if (c == '\\')
            {
                text.Append(ReadEscape());
            }
            else if (At("${"))
            {
                var start = _position;
                _position += 2;
                embedded.AddRange(ReadTokens(insideInterpolation: true));
                text.Append(_source, start, _position - start);
            }
            else
            {
                text.Append(c);
                _position++;
            }
        }
    }

    private string ReadEscape()
    {
        if (_position + 1 >= _source.Length)
        {
            throw Error("unterminated escape");
        }

        var escaped = _source[_position + 1];
        _position += 2;
        return escaped switch
        {
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            '\\' or '\'' or '$' => escaped.ToString(),
            'u' => ReadUnicodeEscape(),
            _ => throw Error($"unknown escape \\{escaped}"),
        };
    }

    private string ReadUnicodeEscape()
    {
        var end = _source.IndexOf('}', _position);
        if (_position >= _source.Length || _source[_position] != '{' || end < 0)
        {
            throw Error("malformed \\u{...} escape");
        }

        var code = int.Parse(_source.AsSpan(_position + 1, end - _position - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _position = end + 1;
        return char.ConvertFromUtf32(code);
    }

    private Token ReadWhile(TokenKind kind, Func<char, bool> accept)
    {
        var start = _position;
        while (_position < _source.Length && accept(_source[_position]))
        {
            _position++;
        }

        return new Token(kind, _source[start.._position], _line);
    }

    private Token ReadSymbol()
    {
        var length = Array.Exists(TwoCharacterSymbols, At) ? 2 : 1;
        var token = new Token(TokenKind.Symbol, _source.Substring(_position, length), _line);
        _position += length;
        return token;
    }
}
