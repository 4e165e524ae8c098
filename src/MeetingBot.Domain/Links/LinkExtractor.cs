using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Domain.Links;

/// <summary>
/// Finds the links in a chat message however the channel wrote them: plain URLs ("see https://…" or "www.…"),
/// HTML anchors as Teams sends them (<c>&lt;a href="…"&gt;label&lt;/a&gt;</c>: the target counts, not the label) and
/// Slack's <c>&lt;url|label&gt;</c> and <c>&lt;url&gt;</c>. Returns candidates as written (entities decoded, trailing
/// sentence punctuation removed); <see cref="LinkNormalizer"/> decides which are acceptable.
/// </summary>
public static partial class LinkExtractor
{
    // Anything longer is refused by the normaliser anyway; stop scanning there so a huge message costs little.
    private const int MaxInputLength = 50_000;

    /// <summary>Every candidate link in <paramref name="text"/>, in order of appearance (repeats included).</summary>
    public static IReadOnlyList<string> Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var input = text.Length > MaxInputLength ? text[..MaxInputLength] : text;
        var found = new List<(int Index, string Link)>();

        // 1. HTML anchors: the href is the link; the label is not scanned (it may show another address).
        var rest = Anchor().Replace(input, match =>
        {
            found.Add((match.Index, WebUtility.HtmlDecode(match.Groups["href"].Value).Trim()));
            return new string(' ', match.Length);
        });

        // 2. Slack markup: <https://x|label>, <https://x>; user, channel and special mentions (<@U1>, <#C1|x>, <!here>) are not links.
        rest = SlackLink().Replace(rest, match =>
        {
            found.Add((match.Index, WebUtility.HtmlDecode(match.Groups["url"].Value).Trim()));
            return new string(' ', match.Length);
        });

        // 3. Remaining tags go (Teams' <at>, <p>, <br>), and so do escaped brackets and quotes, which end a URL as the
        //    characters themselves would; other entities are decoded per link, so "&amp;" in a query reads as "&".
        rest = Tag().Replace(rest, match => new string(' ', match.Length));
        rest = EscapedDelimiter().Replace(rest, match => new string(' ', match.Length));
        foreach (Match match in PlainUrl().Matches(rest))
        {
            var decoded = WebUtility.HtmlDecode(match.Value);
            var trimmed = TrimTrailing(decoded);
            if (trimmed.Length > 0)
            {
                found.Add((match.Index, trimmed));
            }
        }

        return found.OrderBy(f => f.Index).Select(f => f.Link).Where(l => l.Length > 0).ToList();
    }

    /// <summary>
    /// Removes what ends a sentence rather than the URL: ".,;:!?" and quotes, closing brackets that were not opened
    /// inside the URL (Wikipedia's "Bracket_(disambiguation)" keeps its ")"), Markdown emphasis marks and Unicode
    /// punctuation such as "…" or "。".
    /// </summary>
    public static string TrimTrailing(string url)
    {
        var end = url.Length;
        while (end > 0)
        {
            var c = url[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*' or '~' or '`' or '_'
                || (c > 127 && (char.IsPunctuation(c) || char.IsSymbol(c))))
            {
                end--;
                continue;
            }

            if (c is ')' or ']' or '}' && Unbalanced(url.AsSpan(0, end), c))
            {
                end--;
                continue;
            }

            break;
        }

        return url[..end];
    }

    private static bool Unbalanced(ReadOnlySpan<char> url, char closing)
    {
        var opening = closing switch { ')' => '(', ']' => '[', _ => '{' };
        var depth = 0;
        foreach (var c in url)
        {
            if (c == opening) depth++;
            else if (c == closing) depth--;
        }

        return depth < 0;
    }

    [GeneratedRegex("""<a\b[^<>]*?\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<href>[^']*)'|(?<href>[^\s"'<>]+))[^<>]*>(?<label>[^<]*(?:<(?!/a\s*>)[^<]*)*)</a\s*>""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<(?<url>[a-zA-Z][a-zA-Z0-9+.\-]*:[^\s<>|]+)(?:\|[^<>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackLink();

    [GeneratedRegex("&(?:lt|gt|quot|#0*60|#0*62|#0*34|#x0*3c|#x0*3e|#x0*22);", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EscapedDelimiter();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9:-]*[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    // http(s):// or www. up to whitespace, angle brackets or quotes; the scheme must not follow a letter ("xhttps://").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainUrl();
}
