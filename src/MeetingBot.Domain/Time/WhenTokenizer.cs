using System.Globalization;

namespace MeetingBot.Domain.Time;

internal enum TokenKind
{
    /// <summary>A run of ASCII digits, e.g. "2027" or "05".</summary>
    Number,

    /// <summary>A run of letters, lower-cased, e.g. "aug" or "pm".</summary>
    Word,

    /// <summary>Letters joined by slashes, e.g. "America/New_York"; original casing kept.</summary>
    ZoneId,

    /// <summary>One punctuation character; every dash variant is normalised to '-'.</summary>
    Symbol,
}

/// <summary>
/// One piece of the chat text. <see cref="Start"/> and <see cref="Length"/> point into the original text so the
/// unread remainder can be handed back exactly as the member wrote it.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The value of a <see cref="TokenKind.Number"/>; -1 when it is too long to be a date or time part.</summary>
    public int Value => Kind == TokenKind.Number && Text.Length <= 6
        ? int.Parse(Text, NumberStyles.None, CultureInfo.InvariantCulture)
        : -1;

    public int Digits => Kind == TokenKind.Number ? Text.Length : 0;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsWord(string word) => Kind == TokenKind.Word && Text == word;

    public bool IsWordIn(IReadOnlySet<string> words) => Kind == TokenKind.Word && words.Contains(Text);

    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text[0] == symbol;
}

/// <summary>
/// Splits chat text into numbers, words, zone ids and symbols. Digits and letters always split ("3pm" is 3 + pm,
/// "31st" is 31 + st), so the rules never have to look inside a token.
/// </summary>
internal static class WhenTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = SkipWhile(text, i, char.IsAsciiDigit);
                tokens.Add(new Token(TokenKind.Number, text[i..end], i, end - i));
                i = end;
            }
            else if (IsLetter(c))
            {
                i = ReadWordOrZoneId(text, i, tokens);
            }
            else
            {
                tokens.Add(new Token(TokenKind.Symbol, NormaliseSymbol(c).ToString(), i, 1));
                i++;
            }
        }

        return tokens;
    }

    private static int ReadWordOrZoneId(string text, int start, List<Token> tokens)
    {
        var end = SkipWhile(text, start, IsLetter);

        // "a.m." and "p.m." are one word to the rules.
        if (end - start == 1 && end + 1 < text.Length && text[end] == '.' && char.ToLowerInvariant(text[end + 1]) == 'm'
            && char.ToLowerInvariant(text[start]) is 'a' or 'p')
        {
            var stop = end + 2 < text.Length && text[end + 2] == '.' ? end + 3 : end + 2;
            tokens.Add(new Token(TokenKind.Word, char.ToLowerInvariant(text[start]) + "m", start, stop - start));
            return stop;
        }

        // IANA ids ("America/Argentina/Buenos_Aires", "Etc/GMT+2") are one token: a slash right after letters and
        // followed by a letter cannot be a day-first date, which always starts with a digit.
        if (end + 1 < text.Length && text[end] == '/' && IsLetter(text[end + 1]))
        {
            while (end + 1 < text.Length && text[end] == '/' && IsLetter(text[end + 1]))
            {
                end = SkipWhile(text, end + 1, IsZoneIdChar);
            }

            tokens.Add(new Token(TokenKind.ZoneId, text[start..end], start, end - start));
            return end;
        }

        tokens.Add(new Token(TokenKind.Word, text[start..end].ToLowerInvariant(), start, end - start));
        return end;
    }

    private static bool IsLetter(char c) => char.IsLetter(c) || c == '_';

    private static bool IsZoneIdChar(char c) => IsLetter(c) || char.IsAsciiDigit(c) || c is '+' or '-';

    private static char NormaliseSymbol(char c) => c switch
    {
        // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign: people and phones mix them freely.
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };

    private static int SkipWhile(string text, int start, Func<char, bool> predicate)
    {
        var end = start;
        while (end < text.Length && predicate(text[end]))
        {
            end++;
        }

        return end;
    }
}
