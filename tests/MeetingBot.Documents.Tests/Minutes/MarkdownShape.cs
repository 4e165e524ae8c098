using System.Text.RegularExpressions;

namespace MeetingBot.Documents.Tests.Minutes;

/// <summary>
/// A small CommonMark reader for tests: the kind of every line (heading level, list item, paragraph, blank) and every
/// place where text could act as Markdown: a block marker at the start of a line, or an unescaped emphasis, code,
/// link, HTML, table or entity character in the text. The writer's own syntax ("**Label:**", annex links) is allowed.
/// </summary>
internal sealed partial record MarkdownShape(IReadOnlyList<string> Kinds, int Links, IReadOnlyList<string> Problems)
{
    public static MarkdownShape Read(string markdown)
    {
        var kinds = new List<string>();
        var problems = new List<string>();
        var links = 0;
        var lines = markdown.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (line.Length == 0)
            {
                kinds.Add("blank");
                continue;
            }

            string content;
            if (HeadingLine().Match(line) is { Success: true } heading)
            {
                kinds.Add("h" + heading.Groups[1].Value.Length);
                content = heading.Groups[2].Value;
                if (FindUnescaped(content, '#') >= 0)
                {
                    problems.Add($"line {number}: unescaped # in a heading");
                }
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                kinds.Add("li");
                content = line[2..];
                if (!AutoLink().IsMatch(content))
                {
                    CheckLineStart(content, number, problems);
                }
            }
            else
            {
                kinds.Add("p");
                content = line;
                CheckLineStart(content, number, problems);
            }

            if (AutoLink().IsMatch(content))
            {
                links++;
                continue;
            }

            if (TextLink().Match(content) is { Success: true } link)
            {
                links++;
                content = link.Groups[1].Value;
            }

            CheckInline(StripWriterEmphasis(content), number, problems);
        }

        return new MarkdownShape(kinds, links, problems);
    }

    /// <summary>What begins a heading, list, quote, code block, HTML block, table row or thematic break.</summary>
    private static void CheckLineStart(string content, int number, List<string> problems)
    {
        if (BlockStart().IsMatch(content))
        {
            problems.Add($"line {number}: text starts a block: {Shorten(content)}");
        }
    }

    private static void CheckInline(string content, int number, List<string> problems)
    {
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\' )
            {
                i++;
                continue;
            }

            var acts = c switch
            {
                '*' or '`' or '[' or ']' or '<' or '|' or '~' => true,
                '_' => !(i > 0 && char.IsLetterOrDigit(content[i - 1]) && i + 1 < content.Length && char.IsLetterOrDigit(content[i + 1])),
                '&' => Entity().IsMatch(content[i..]),
                _ => false,
            };
            if (acts)
            {
                problems.Add($"line {number}: unescaped '{c}' at {i}: {Shorten(content)}");
            }

            if (char.IsControl(c))
            {
                problems.Add($"line {number}: control character U+{(int)c:X4}");
            }
        }
    }

    /// <summary>"**Label:** text" and "**name line**": the writer's bold, removed before the text is checked.</summary>
    private static string StripWriterEmphasis(string content)
    {
        if (!content.StartsWith("**", StringComparison.Ordinal))
        {
            return content;
        }

        var close = content.Length - 2;
        for (var i = 2; i < content.Length - 1; i++)
        {
            if (content[i] == '\\')
            {
                i++;
                continue;
            }

            if (content[i] == '*' && content[i + 1] == '*')
            {
                close = i;
                break;
            }
        }

        return close >= 2 && content.Length >= 4
            ? string.Concat(content.AsSpan(2, close - 2), content.AsSpan(Math.Min(content.Length, close + 2)))
            : content;
    }

    /// <summary>The index of the first unescaped <paramref name="c"/>, or -1.</summary>
    private static int FindUnescaped(string text, char c)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^(#{1,6})(?: (.*))?$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?:#{1,6}(?: |$)|>|[-+*](?: |$)|\d{1,9}[.)](?: |$)|=+\s*$|(?:[-*_]\s*){3,}$| {4}|\t|```|~~~|<[A-Za-z/!?]|\|)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^<https?://[^\s<>]*>$")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"^\[(.*)\]\(https?://[^\s()<>]*\)$")]
    private static partial Regex TextLink();

    [GeneratedRegex(@"^&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")]
    private static partial Regex Entity();
}
