using System.Buffers;
using System.Text;

namespace MeetingBot.Documents.Minutes;

/// <summary>
/// Escapes plain text for CommonMark (and GitHub's tables and strikethrough) so it shows as typed and never becomes
/// structure: no heading, list, quote, code, table, emphasis, link, image or HTML can come out of a member's text.
/// Expects one line (see <see cref="MinutesText.Line"/>). Escapes only what could act, so ordinary minutes stay
/// readable as plain text: "snake_case" and "Smith &amp; Co" are left alone, "&amp;amp;" and "_word_" are not.
/// </summary>
internal static class MarkdownText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|~&#");

    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    /// <param name="atLineStart">The text begins a line (a paragraph, a list item): leading block markers are escaped.</param>
    /// <param name="inHeading">Every "#" is escaped, so none can close the heading early.</param>
    public static void Append(StringBuilder markdown, string text, bool atLineStart, bool inHeading = false)
    {
        var start = 0;
        if (atLineStart && text.Length > 0)
        {
            start = AppendLeadingMarker(markdown, text);
        }

        var span = text.AsSpan();
        while (start < span.Length)
        {
            var found = span[start..].IndexOfAny(Special);
            if (found < 0)
            {
                markdown.Append(span[start..]);
                return;
            }

            var at = start + found;
            markdown.Append(span[start..at]);
            var c = span[at];
            if (NeedsEscape(span, at, inHeading))
            {
                markdown.Append('\\');
            }

            markdown.Append(c);
            start = at + 1;
        }
    }

    /// <summary>
    /// "# ", "&gt; ", "- ", "+ ", "= ", "1. " and "1) " begin headings, quotes, lists or setext underlines at the start
    /// of a line: the marker is escaped. Returns how much of the text has been written.
    /// </summary>
    private static int AppendLeadingMarker(StringBuilder markdown, string text)
    {
        var first = text[0];
        if (first is '-' or '+' or '=' or '>' or '#')
        {
            markdown.Append('\\').Append(first);
            return 1;
        }

        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        // CommonMark's ordered list markers have one to nine digits, then "." or ")".
        if (digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')')
        {
            markdown.Append(text, 0, digits).Append('\\').Append(text[digits]);
            return digits + 1;
        }

        return 0;
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text, int at, bool inHeading) => text[at] switch
    {
        // Inside a word ("snake_case") an underscore can't open or close emphasis.
        '_' => !(at > 0 && char.IsLetterOrDigit(text[at - 1]) && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1])),

        // Only an entity ("&amp;", "&#60;") would change: a lone "&" is text.
        '&' => IsEntity(text, at),

        // Mid-line "#" is text, except that a heading's trailing "#"s would be taken as its closing sequence.
        '#' => inHeading,

        // A quote or an autolink's end only acts at the start of a line (handled there) or after "<", which is escaped.
        '>' => false,
        _ => true,
    };

    /// <summary>
    /// A link target for "[title](target)": spaces, parentheses, angle brackets and backslashes are percent-encoded,
    /// so the target cannot end early; "&amp;" is backslash-escaped so no entity is decoded.
    /// </summary>
    public static void AppendDestination(StringBuilder markdown, string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            switch (c)
            {
                case ' ': markdown.Append("%20"); break;
                case '(': markdown.Append("%28"); break;
                case ')': markdown.Append("%29"); break;
                case '<': markdown.Append("%3C"); break;
                case '>': markdown.Append("%3E"); break;
                case '\\': markdown.Append("%5C"); break;
                case '&' when IsEntity(url, i): markdown.Append("\\&"); break;
                default:
                    if (char.IsControl(c) || char.IsWhiteSpace(c))
                    {
                        AppendPercentEncoded(markdown, c);
                    }
                    else
                    {
                        markdown.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// "&amp;amp;", "&amp;#60;", "&amp;#x3C;": what CommonMark decodes as an entity reference (a name or number then
    /// ";"). "&amp;lang=en" in a query has no ";" and stays as it is.
    /// </summary>
    public static bool IsEntity(ReadOnlySpan<char> text, int ampersand)
    {
        const int longestEntity = 32;
        var end = Math.Min(text.Length, ampersand + 2 + longestEntity);
        for (var i = ampersand + 1; i < end; i++)
        {
            var c = text[i];
            if (c == ';')
            {
                return i > ampersand + 1;
            }

            if (!char.IsAsciiLetterOrDigit(c) && !(c == '#' && i == ampersand + 1))
            {
                return false;
            }
        }

        return false;
    }

    private static void AppendPercentEncoded(StringBuilder markdown, char c)
    {
        Span<byte> bytes = stackalloc byte[4];
        var count = Encoding.UTF8.GetBytes([c], bytes);
        foreach (var b in bytes[..count])
        {
            markdown.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
