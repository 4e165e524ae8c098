using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Protocol.Text;

/// <summary>
/// Reduces the small HTML subset Teams sends (<c>p</c>, <c>div</c>, <c>br</c>, <c>a</c>, emoji <c>img</c>, inline
/// formatting) to text. Links keep their target: <c>label (url)</c>, or just the url when the label is the url.
/// Linear time: the tag pattern cannot cross a '&lt;', so nothing is scanned twice.
/// </summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?<attrs>[^<>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?<name>href|alt)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'>]+))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    /// <summary>True when <paramref name="text"/> contains something shaped like an HTML tag.</summary>
    public static bool ContainsTag(string text) => text.Contains('<') && Tag().IsMatch(text);

    public static string ToPlainText(string html)
    {
        var output = new StringBuilder(html.Length);
        var position = 0;
        string? linkTarget = null;
        var linkStart = -1;

        foreach (Match tag in Tag().Matches(html))
        {
            AppendDecoded(output, html.AsSpan(position, tag.Index - position));
            position = tag.Index + tag.Length;

            var name = tag.Groups["name"].Value;
            var closing = tag.Groups["close"].Success;

            if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || BlockTags.Contains(name))
            {
                output.Append('\n');
            }
            else if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                output.Append(' ');
            }
            else if (name.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing)
                {
                    linkTarget = ReadAttribute(tag.Groups["attrs"].Value, "href") is { } href && IsKeptLink(href) ? href : null;
                    linkStart = output.Length;
                }
                else if (linkStart >= 0)
                {
                    CloseLink(output, linkStart, linkTarget);
                    linkTarget = null;
                    linkStart = -1;
                }
            }
            else if (!closing && (name.Equals("img", StringComparison.OrdinalIgnoreCase) || name.Equals("emoji", StringComparison.OrdinalIgnoreCase))
                && ReadAttribute(tag.Groups["attrs"].Value, "alt") is { Length: > 0 } alt)
            {
                output.Append(alt);
            }
        }

        AppendDecoded(output, html.AsSpan(position));
        return output.ToString();
    }

    private static void CloseLink(StringBuilder output, int labelStart, string? target)
    {
        if (target is null)
        {
            return;
        }

        var label = output.ToString(labelStart, output.Length - labelStart).Trim();
        if (label.Length == 0 || IsSameLink(label, target))
        {
            output.Length = labelStart;
            output.Append(target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && label.Length > 0 ? label : target);
        }
        else
        {
            output.Append(" (").Append(target).Append(')');
        }
    }

    private static bool IsSameLink(string label, string target)
    {
        static string Bare(string link)
        {
            var value = link.Trim();
            if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                value = value["mailto:".Length..];
            }

            return value.TrimEnd('/');
        }

        return string.Equals(Bare(label), Bare(target), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsKeptLink(string href) =>
        href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string? ReadAttribute(string attributes, string name)
    {
        foreach (Match attribute in Attribute().Matches(attributes))
        {
            if (attribute.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return WebUtility.HtmlDecode(attribute.Groups["value"].Value).Trim();
            }
        }

        return null;
    }

    private static void AppendDecoded(StringBuilder output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (text.Contains('&'))
        {
            output.Append(WebUtility.HtmlDecode(text.ToString()));
        }
        else
        {
            output.Append(text);
        }
    }
}
