using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Domain.Meetings;

/// <summary>
/// Turns whatever a member typed into one line of plain text that cannot break an Adaptive Card, a Slack message, a
/// Markdown list or (later) the minutes: no control or invisible characters (bidi overrides can reverse what others
/// read), no HTML or Teams &lt;at&gt; tags, no Markdown emphasis, code or headings, one space between words.
/// Renderers still escape what they show; this keeps the stored text itself clean.
/// </summary>
public static partial class PlainText
{
    // Whatever the limit of the field, nothing longer is worth cleaning: it will be refused as too long anyway.
    private const int MaxInputLength = 20_000;

    private const int MaxTagPasses = 8;

    /// <summary>The cleaned text, possibly empty; length limits are the caller's (see <see cref="AgendaTitle"/>).</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var text = raw.Length > MaxInputLength ? raw[..MaxInputLength] : raw;

        // Teams sends HTML with entities ("&amp;", "&lt;b&gt;"): decode first so the tags underneath are seen.
        text = WebUtility.HtmlDecode(text);
        text = RemoveInvisible(text);
        text = RemoveMarkdownMarks(text);
        text = RemoveTags(text);
        text = MarkdownLink().Replace(text, "$1 ($2)");
        text = CollapseWhitespace(text);
        text = RemoveLeadingMarkers(text);
        return text.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>Controls become spaces (newlines, tabs) or vanish; format characters and broken surrogates vanish.</summary>
    private static string RemoveInvisible(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                // A lone half of a pair is invalid UTF-16 and breaks JSON encoders downstream; the two noncharacters
                // make string normalisation throw.
                continue;
            }
            else if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                if (char.IsWhiteSpace(c))
                {
                    builder.Append(' ');
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                // Format characters: zero-width spaces and joiners, bidi overrides, the BOM, soft hyphens.
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Emphasis and code marks: "*", "`", and doubled "~~" / "__". A single "_" stays ("snake_case").</summary>
    private static string RemoveMarkdownMarks(string text) => text
        .Replace("*", "", StringComparison.Ordinal)
        .Replace("`", "", StringComparison.Ordinal)
        .Replace("~~", "", StringComparison.Ordinal)
        .Replace("__", "", StringComparison.Ordinal);

    /// <summary>
    /// Tags go, their text stays: "&lt;at&gt;Tobias&lt;/at&gt;" is "Tobias". Line and block tags ("&lt;br&gt;",
    /// "&lt;p&gt;") become a space so words stay apart; inline ones vanish so a split tag ("&lt;&lt;b&gt;b&gt;")
    /// closes up and is caught by the next pass.
    /// </summary>
    private static string RemoveTags(string text)
    {
        for (var pass = 0; pass < MaxTagPasses; pass++)
        {
            var stripped = Tag().Replace(text, tag => BreakingTags().IsMatch(tag.Value) ? " " : "");
            if (stripped.Length == text.Length)
            {
                return stripped;
            }

            text = stripped;
        }

        // Still nesting after many passes: nobody types that by accident, so take the angle brackets out entirely.
        return text.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A leading "#", "&gt;", "- " or "+ " makes a heading, a quote or a list in Markdown.</summary>
    private static string RemoveLeadingMarkers(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var c = text[start];
            var isMarker = c is '#' or '>' or ' '
                           || (c is '-' or '+' && (start + 1 == text.Length || text[start + 1] == ' '));
            if (!isMarker)
            {
                break;
            }

            start++;
        }

        return text[start..];
    }

    /// <summary>"&lt;b&gt;", "&lt;/at&gt;", "&lt;a href=…&gt;", "&lt;!-- x --&gt;"; not "a &lt; b" or "&lt;3".</summary>
    [GeneratedRegex(@"</?[A-Za-z!][^<>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^</?(br|p|div|li|ul|ol|tr|td|th|hr|h[1-6]|blockquote)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex BreakingTags();

    /// <summary>"[text](https://x)" renders as a link in Markdown; keep both parts as plain text.</summary>
    [GeneratedRegex(@"\[([^\[\]]*)\]\(([^()\s]*)\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownLink();
}
