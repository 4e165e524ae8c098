using System.Text;

namespace MeetingBot.Documents.Minutes;

/// <summary>
/// What every writer does to text first: one line, nothing a file format forbids. Line breaks, tabs and other
/// white space become one space (a newline in a name must not start a new block), other control characters and what
/// XML 1.0 forbids (U+FFFE, U+FFFF, half surrogate pairs) go, and the ends are trimmed.
/// </summary>
internal static class MinutesText
{
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendPendingSpace();
                clean.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                continue;
            }

            if (IsBreak(c))
            {
                pendingSpace = clean.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            AppendPendingSpace();
            clean.Append(c);
        }

        return clean.ToString();

        void AppendPendingSpace()
        {
            if (pendingSpace)
            {
                clean.Append(' ');
                pendingSpace = false;
            }
        }
    }

    /// <summary>
    /// Spaces of every kind, tabs, line and paragraph breaks: they separate words, so they leave one plain space. (A
    /// no-break space next to Markdown's "**" would stop it from making bold.)
    /// </summary>
    private static bool IsBreak(char c) => char.IsWhiteSpace(c);

    /// <summary>The common case: nothing to do, no copy.</summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)
                || (c > '\u007F' && char.IsWhiteSpace(c)))
            {
                return false;
            }

            var space = c == ' ';
            if (space && previousSpace)
            {
                return false;
            }

            previousSpace = space;
        }

        return true;
    }
}
