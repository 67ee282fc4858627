namespace Infra.Tests.Bicep;

public class BicepTokenizerTests
{
    [Fact]
    public void Tokenize_CommentMarkersInsideStrings_StayText()
    {
        var tokens = BicepTokenizer.Tokenize("var url = 'https://api.bitget.com/*x*/' // trailing remark\n/* block\nremark */ var y = 1");

        Assert.Contains(tokens, t => t.Kind == TokenKind.String && t.Text == "https://api.bitget.com/*x*/");
        Assert.DoesNotContain(tokens, t => t.Text is "trailing" or "remark" or "block");
        Assert.Equal(3, tokens.Single(t => t.IsIdentifier("y")).Line);
    }

    [Fact]
    public void Tokenize_EscapedQuoteAndDollar_AreDecoded()
    {
        var tokens = BicepTokenizer.Tokenize(@"'the group\'s \${literal}'");

        var token = Assert.Single(tokens);
        Assert.Equal("the group's ${literal}", token.Text);
        Assert.False(token.IsInterpolated);
    }

    [Fact]
    public void Tokenize_Interpolation_ExposesTheReferencedSymbols()
    {
        var tokens = BicepTokenizer.Tokenize("'${blobEndpoint}${names[0]}-${take(appName, 3)}'");

        var token = Assert.Single(tokens);
        Assert.Equal("${blobEndpoint}${names[0]}-${take(appName, 3)}", token.Text);
        Assert.Equal(["blobEndpoint", "names", "take", "appName"], token.Embedded.Where(t => t.Kind == TokenKind.Identifier).Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_InterpolationHoldingAStringWithABrace_EndsAtTheRightBrace()
    {
        var tokens = BicepTokenizer.Tokenize("'${concat('}', name)}x'");

        var token = Assert.Single(tokens);
        Assert.Equal("${concat('}', name)}x", token.Text);
        Assert.Contains(token.Embedded, t => t.IsIdentifier("name"));
    }

    [Fact]
    public void Tokenize_MultiLineString_KeepsItsContentVerbatim()
    {
        var tokens = BicepTokenizer.Tokenize("var s = '''\nline // not a comment\n${not interpolated}\n'''\nvar t = 1");

        Assert.Contains(tokens, t => t.Kind == TokenKind.String && t.Text == "\nline // not a comment\n${not interpolated}\n");
        Assert.Equal(5, tokens.Single(t => t.IsIdentifier("t")).Line);
    }

    [Theory]
    [InlineData("var a = 'open", "unterminated string")]
    [InlineData("var a = 'line\nbreak'", "unterminated string")]
    [InlineData("/* never closed", "unterminated block comment")]
    [InlineData("var a = '${name'", "unterminated")]
    [InlineData(@"var a = 'bad \q escape'", "unknown escape")]
    public void Tokenize_MalformedSource_IsRefused(string source, string reason)
    {
        var error = Assert.Throws<FormatException>(() => BicepTokenizer.Tokenize(source));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Line ", error.Message, StringComparison.Ordinal);
    }
}
