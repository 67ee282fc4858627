namespace Infra.Tests.Bicep;

/// <summary>Bracket-aware helpers over token lists.</summary>
internal static class TokenSlices
{
    public static int DepthChange(Token token) =>
        token.Kind != TokenKind.Symbol ? 0 : token.Text switch
        {
            "(" or "[" or "{" => 1,
            ")" or "]" or "}" => -1,
            _ => 0,
        };

    /// <summary>Index of the bracket closing the one at <paramref name="open"/>.</summary>
    public static int MatchingClose(IReadOnlyList<Token> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += DepthChange(tokens[i]);
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Line {tokens[open].Line}: '{tokens[open].Text}' is never closed.");
    }

    /// <summary>First index whose token matches while inside exactly <paramref name="depth"/> brackets; -1 if none.</summary>
    public static int IndexAtDepth(IReadOnlyList<Token> tokens, int depth, Func<Token, bool> match)
    {
        var current = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (current == depth && match(tokens[i]))
            {
                return i;
            }

            current += DepthChange(tokens[i]);
        }

        return -1;
    }

    public static List<Token> TrimNewLines(List<Token> tokens)
    {
        var start = 0;
        var end = tokens.Count;
        while (start < end && tokens[start].Kind == TokenKind.NewLine)
        {
            start++;
        }

        while (end > start && tokens[end - 1].Kind == TokenKind.NewLine)
        {
            end--;
        }

        return tokens[start..end];
    }

    /// <summary>The entries between an enclosing pair of brackets, separated by new lines or commas at the top level.</summary>
    public static IEnumerable<List<Token>> SplitEntries(List<Token> enclosed)
    {
        var depth = 0;
        var entry = new List<Token>();
        foreach (var token in enclosed[1..^1])
        {
            if (depth == 0 && (token.Kind == TokenKind.NewLine || token.IsSymbol(",")))
            {
                if (entry.Count > 0)
                {
                    yield return entry;
                }

                entry = [];
                continue;
            }

            depth += DepthChange(token);
            entry.Add(token);
        }

        if (entry.Count > 0)
        {
            yield return entry;
        }
    }
}
