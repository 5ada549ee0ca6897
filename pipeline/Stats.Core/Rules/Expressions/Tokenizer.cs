using Stats.Core.DataFiles;
using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>Splits an expression into numbers, dotted names, "strings" and symbols.</summary>
public static class Tokenizer
{
    private static readonly string[] Symbols = ["==", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ",", "%", "‰"];

    public static IReadOnlyList<Token> Tokenize(LocatedText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Text;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i < text.Length && text[i] == '.')
                {
                    i++;
                    if (i >= text.Length || !char.IsAsciiDigit(text[i])) throw Error(source, i, "Expected a digit after the decimal point.");
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }
                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' ||
                       (text[i] == '.' && i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))))
                    i++;
                tokens.Add(new Token(TokenKind.Name, text[start..i], start));
            }
            else if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) throw Error(source, i, "This string has no closing quote.");
                tokens.Add(new Token(TokenKind.String, text[(i + 1)..end], start));
                i = end + 1;
            }
            else if (Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0) is { } symbol)
            {
                tokens.Add(new Token(TokenKind.Symbol, symbol, start));
                i += symbol.Length;
            }
            else
            {
                throw Error(source, i, c == '=' ? "'=' is not an operator; write '==' to compare." : $"Unexpected character '{c}'.");
            }
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    internal static DataFileException Error(LocatedText source, int offset, string reason)
    {
        var at = source.PositionOf(offset);
        return new DataFileException(source.File, at.Line, at.Column, reason);
    }
}
