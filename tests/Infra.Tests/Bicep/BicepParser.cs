using System.Globalization;

namespace Infra.Tests.Bicep;

/// <summary>
/// Reads the statements Sentinel's templates use (targetScope, using, param, var, resource, module, output,
/// decorators) into a <see cref="BicepDocument"/>. Anything else is refused with a <see cref="FormatException"/>
/// rather than skipped, so a template this reader does not understand fails the tests instead of passing them.
/// </summary>
public sealed class BicepParser
{
    private static readonly string[] MemberAccess = [".", "?.", ".?", "::", "@"];

    private readonly IReadOnlyList<Token> _tokens;
    private readonly HashSet<Token> _nonReferences = [];
    private readonly List<ParameterDeclaration> _parameters = [];
    private readonly List<VariableDeclaration> _variables = [];
    private readonly List<ResourceDeclaration> _resources = [];
    private readonly List<ModuleDeclaration> _modules = [];
    private readonly List<OutputDeclaration> _outputs = [];
    private string? _usingPath;
    private int _position;

    private BicepParser(IReadOnlyList<Token> tokens) => _tokens = tokens;

    public static BicepDocument Parse(string source)
    {
        var parser = new BicepParser(BicepTokenizer.Tokenize(source));
        parser.ReadStatements();
        parser.MarkMemberAccesses(parser._tokens);
        return new BicepDocument(parser._tokens, parser._nonReferences, parser._parameters, parser._variables,
            parser._resources, parser._modules, parser._outputs, parser._usingPath);
    }

    private Token Current => _tokens[_position];

    private bool AtEnd => _position >= _tokens.Count;

    private void ReadStatements()
    {
        var decorators = new List<Decorator>();
        while (!AtEnd)
        {
            if (Current.Kind == TokenKind.NewLine)
            {
                _position++;
            }
            else if (Current.IsSymbol("@"))
            {
                decorators.Add(ReadDecorator());
            }
            else
            {
                ReadStatement(decorators);
                decorators = [];
            }
        }
    }

    private void ReadStatement(IReadOnlyList<Decorator> decorators)
    {
        var keyword = Take(TokenKind.Identifier);
        _nonReferences.Add(keyword);
        switch (keyword.Text)
        {
            case "targetScope":
                TakeSymbol("=");
                ReadValue();
                break;
            case "using":
                _usingPath = Take(TokenKind.String).Text;
                break;
            case "param":
                ReadParameter(decorators, keyword.Line);
                break;
            case "var":
                ReadVariable();
                break;
            case "resource":
                ReadResource();
                break;
            case "module":
                ReadModule();
                break;
            case "output":
                ReadOutput();
                break;
            default:
                throw Error(keyword, $"unsupported statement '{keyword.Text}'");
        }
    }

    private void ReadVariable()
    {
        var name = TakeName();
        TakeSymbol("=");
        _variables.Add(new VariableDeclaration(name, ReadValue()));
    }

    private void ReadModule()
    {
        var symbol = TakeName();
        var path = Take(TokenKind.String).Text;
        TakeSymbol("=");
        _modules.Add(new ModuleDeclaration(symbol, path, ReadValue()));
    }

    private void ReadOutput()
    {
        var name = TakeName();
        var type = ReadTypeUntilEquals();
        TakeSymbol("=");
        _outputs.Add(new OutputDeclaration(name, type, ReadValue()));
    }

    private void ReadParameter(IReadOnlyList<Decorator> decorators, int line)
    {
        var name = TakeName();
        var type = !AtEnd && Current.IsSymbol("=") ? string.Empty : ReadTypeUntilEquals();
        BicepValue? defaultValue = null;
        if (!AtEnd && Current.IsSymbol("="))
        {
            _position++;
            defaultValue = ReadValue();
        }

        _parameters.Add(new ParameterDeclaration(name, type, defaultValue, decorators, line));
    }

    private void ReadResource()
    {
        var symbol = TakeName();
        var typeToken = Take(TokenKind.String);
        var at = typeToken.Text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            throw Error(typeToken, $"resource type '{typeToken.Text}' has no API version");
        }

        var isExisting = !AtEnd && Current.IsIdentifier("existing");
        if (isExisting)
        {
            _nonReferences.Add(Current);
            _position++;
        }

        TakeSymbol("=");
        _resources.Add(new ResourceDeclaration(symbol, typeToken.Text[..at], typeToken.Text[(at + 1)..], isExisting, ReadValue()));
    }

    private Decorator ReadDecorator()
    {
        _position++;
        var name = Take(TokenKind.Identifier);
        _nonReferences.Add(name);
        if (AtEnd || !Current.IsSymbol("("))
        {
            return new Decorator(name.Text, string.Empty);
        }

        var close = TokenSlices.MatchingClose(_tokens, _position);
        var arguments = string.Concat(_tokens.Skip(_position + 1).Take(close - _position - 1).Where(t => t.Kind != TokenKind.NewLine));
        _position = close + 1;
        return new Decorator(name.Text, arguments);
    }

    private string ReadTypeUntilEquals()
    {
        var start = _position;
        while (!AtEnd && !Current.IsSymbol("=") && Current.Kind != TokenKind.NewLine)
        {
            _nonReferences.Add(Current);
            _position++;
        }

        return string.Concat(_tokens.Skip(start).Take(_position - start));
    }

    private BicepValue ReadValue()
    {
        var start = _position;
        var depth = 0;
        while (!AtEnd && (depth > 0 || Current.Kind != TokenKind.NewLine))
        {
            depth += TokenSlices.DepthChange(Current);
            _position++;
        }

        if (depth != 0)
        {
            throw Error(_tokens[start], "unbalanced brackets");
        }

        return ParseValue(_tokens.Skip(start).Take(_position - start).ToList());
    }

    private BicepValue ParseValue(List<Token> slice)
    {
        slice = TokenSlices.TrimNewLines(slice);
        if (slice.Count == 0)
        {
            throw new FormatException("A value is missing.");
        }

        var first = slice[0];
        if (first.IsIdentifier("if") && slice.Count > 1 && slice[1].IsSymbol("("))
        {
            _nonReferences.Add(first);
            return ParseValue(slice[(TokenSlices.MatchingClose(slice, 1) + 1)..]);
        }

        var enclosed = (first.IsSymbol("{") || first.IsSymbol("[")) && TokenSlices.MatchingClose(slice, 0) == slice.Count - 1;
        if (!enclosed)
        {
            return new BicepExpression(slice);
        }

        if (first.IsSymbol("{"))
        {
            return ParseObject(slice);
        }

        var afterBracket = slice.FindIndex(1, t => t.Kind != TokenKind.NewLine);
        return slice[afterBracket].IsIdentifier("for") ? ParseLoop(slice, afterBracket) : ParseArray(slice);
    }

    private BicepObject ParseObject(List<Token> slice)
    {
        var properties = new List<BicepProperty>();
        foreach (var entry in TokenSlices.SplitEntries(slice))
        {
            if (entry.Count < 3 || entry[0].Kind is not (TokenKind.Identifier or TokenKind.String) || !entry[1].IsSymbol(":"))
            {
                throw Error(entry[0], "expected 'name: value' in an object");
            }

            _nonReferences.Add(entry[0]);
            properties.Add(new BicepProperty(entry[0].Text, ParseValue(entry[2..])));
        }

        return new BicepObject(slice, properties);
    }

    private BicepArray ParseArray(List<Token> slice) =>
        new(slice, TokenSlices.SplitEntries(slice).Select(ParseValue).ToList(), isLoop: false);

    // [for item in items: body] or [for (item, index) in items: body]; loop variables are declarations, not references.
    private BicepArray ParseLoop(List<Token> slice, int forIndex)
    {
        var colon = TokenSlices.IndexAtDepth(slice, 1, t => t.IsSymbol(":"));
        var inIndex = slice.FindIndex(forIndex, t => t.IsIdentifier("in"));
        var variables = slice[(forIndex + 1)..Math.Max(forIndex + 1, inIndex)];
        var wellFormed = variables is [{ Kind: TokenKind.Identifier }]
            || (variables is [var open, .., var close] && open.IsSymbol("(") && close.IsSymbol(")"));
        if (colon < 0 || inIndex < 0 || inIndex >= colon || !wellFormed)
        {
            throw Error(slice[0], "malformed for loop");
        }

        _nonReferences.UnionWith(slice[forIndex..(inIndex + 1)]);
        return new BicepArray(slice, [ParseValue(slice[(colon + 1)..^1])], isLoop: true);
    }

    private void MarkMemberAccesses(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && tokens[i].Kind == TokenKind.Identifier && MemberAccess.Any(tokens[i - 1].IsSymbol))
            {
                _nonReferences.Add(tokens[i]);
            }

            MarkMemberAccesses(tokens[i].Embedded);
        }
    }

    private string TakeName()
    {
        var name = Take(TokenKind.Identifier);
        _nonReferences.Add(name);
        return name.Text;
    }

    private Token Take(TokenKind kind)
    {
        if (AtEnd)
        {
            throw new FormatException($"Unexpected end of file; expected {kind}.");
        }

        var token = Current;
        if (token.Kind != kind)
        {
            throw Error(token, $"expected {kind} but found {token}");
        }

        _position++;
        return token;
    }

    private void TakeSymbol(string symbol)
    {
        var token = Take(TokenKind.Symbol);
        if (!token.IsSymbol(symbol))
        {
            throw Error(token, $"expected '{symbol}' but found '{token.Text}'");
        }
    }

    private static FormatException Error(Token at, string message) =>
        new($"Line {at.Line.ToString(CultureInfo.InvariantCulture)}: {message}.");
}
