using System.Globalization;
using System.Text;

namespace MeetingBot.Documents.Calendar;

/// <summary>
/// Cleans what members typed before it goes into a calendar file. Ical.Net escapes commas, semicolons, backslashes
/// and newlines in text values; what it cannot escape are control characters (a raw one makes the file unreadable
/// for Ical.Net itself), so those go, and so do bidi overrides, which can make a title read backwards.
/// </summary>
internal static class CalendarText
{
    private const int MaxFileNameSlugLength = 60;

    /// <summary>One line: line breaks and tabs become spaces, runs of spaces become one.</summary>
    public static string Line(string? text)
    {
        var cleaned = Clean(text, keepLineBreaks: false);
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (c == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Several lines joined with "\n" (whatever the input used), trailing spaces and blank ends removed.</summary>
    public static string Lines(string? text)
    {
        var lines = Clean(text, keepLineBreaks: true).Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim('\n', ' ');
    }

    /// <summary>"9th Informal Meeting of the Alliance" → "9th-informal-meeting-of-the-alliance"; accents dropped.</summary>
    public static string Slug(string? text)
    {
        var decomposed = Line(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxFileNameSlugLength)
        {
            // Cut at a word boundary when there is one, so the name does not end in half a word.
            var cut = slug.LastIndexOf('-', MaxFileNameSlugLength);
            slug = slug[..(cut > 0 ? cut : MaxFileNameSlugLength)];
        }

        return slug;
    }

    private static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                builder.Append(c).Append(normalized[i + 1]);
                i++;
            }
            else if (IsLineBreak(c))
            {
                builder.Append(keepLineBreaks ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && !IsBidiControl(c) && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
