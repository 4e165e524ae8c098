using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Protocol.Text;

/// <summary>
/// Turns an incoming message's text into what a command parser needs (protocol.md §1 "Mentions"): the bot's own
/// <c>&lt;at&gt;</c> mention removed, other mentions kept as <c>@Name</c> in the text and as ids in
/// <see cref="NormalizedText.Mentions"/>, Teams HTML reduced to text, entities decoded, whitespace collapsed.
/// </summary>
public static partial class TeamsMessageText
{
    private const string MentionType = "mention";

    [GeneratedRegex(@"<at\b[^<>]*>(?<inner>[^<]*)</at\s*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MentionSpan();

    public static NormalizedText Normalize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var text = activity.Text ?? string.Empty;
        var isHtml = IsHtml(activity, text);
        var (botKeys, botSpans, others) = ReadMentions(activity);

        foreach (var span in botSpans)
        {
            text = text.Replace(span, string.Empty, StringComparison.Ordinal);
        }

        // The checks before each pass skip work most messages do not need (a plain "@bot help" has no markup left).
        if (text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            text = MentionSpan().Replace(text, match => RenderMention(match.Groups["inner"].Value, botKeys, others));
        }

        if (isHtml && (text.Contains('<') || text.Contains('&')))
        {
            text = HtmlText.ToPlainText(text);
        }

        return new NormalizedText(CollapseWhitespace(text), others.Count == 0 ? [] : others.ConvertAll(o => o.Account));
    }

    private static (HashSet<string> BotKeys, List<string> BotSpans, List<OtherMention> Others) ReadMentions(Activity activity)
    {
        var botKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var botSpans = new List<string>();
        var others = new List<OtherMention>();
        var botId = activity.Recipient?.Id;

        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, MentionType, StringComparison.OrdinalIgnoreCase) || entity.Mentioned?.Id is not { Length: > 0 } id)
            {
                continue;
            }

            var keys = new List<string>(2);
            AddKey(keys, MentionKey(entity.Text));
            AddKey(keys, MentionKey(entity.Mentioned.Name));
            if (botId is not null && string.Equals(id, botId, StringComparison.OrdinalIgnoreCase))
            {
                botKeys.UnionWith(keys);
                // A mention written without <at> tags (some channels): remove it verbatim.
                if (entity.Text is { Length: > 0 } span && !span.StartsWith("<at", StringComparison.OrdinalIgnoreCase))
                {
                    botSpans.Add(span);
                }

                continue;
            }

            var existing = others.Find(o => string.Equals(o.Account.Id, id, StringComparison.Ordinal));
            if (existing is null)
            {
                var name = entity.Mentioned.Name is { Length: > 0 } given ? given.Trim() : keys.FirstOrDefault() ?? id;
                others.Add(new OtherMention(new MentionedAccount(id, name), new HashSet<string>(keys, StringComparer.OrdinalIgnoreCase)));
            }
            else
            {
                existing.Keys.UnionWith(keys);
            }
        }

        return (botKeys, botSpans, others);
    }

    private static void AddKey(List<string> keys, string key)
    {
        if (key.Length > 0)
        {
            keys.Add(key);
        }
    }

    private static string RenderMention(string inner, HashSet<string> botKeys, List<OtherMention> others)
    {
        var key = MentionKey(inner);
        if (botKeys.Contains(key))
        {
            return string.Empty;
        }

        var shown = inner.Trim().TrimStart('@').Trim();
        return others.Exists(o => o.Keys.Contains(key)) ? "@" + shown : shown;
    }

    /// <summary>The name a mention refers to, however it is written: <c>&lt;at&gt;@O&amp;#39;Brien&lt;/at&gt;</c> → <c>O'Brien</c>.</summary>
    private static string MentionKey(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return string.Empty;
        }

        var value = written.Trim();
        if (value.StartsWith("<at", StringComparison.OrdinalIgnoreCase)
            && MentionSpan().Match(value) is { Success: true } span && span.Length == value.Length)
        {
            value = span.Groups["inner"].Value;
        }

        if (value.Contains('&'))
        {
            value = WebUtility.HtmlDecode(value);
        }

        return value.Replace('\u00A0', ' ').Trim().TrimStart('@').Trim();
    }

    private static bool IsHtml(Activity activity, string text) =>
        string.Equals(activity.TextFormat, "xml", StringComparison.OrdinalIgnoreCase)
        || string.Equals(activity.TextFormat, "html", StringComparison.OrdinalIgnoreCase)
        || string.Equals(activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase)
        || HtmlText.ContainsTag(text);

    /// <summary>Runs of spaces (U+00A0 included) become one space; runs containing a line break become one '\n'; trimmed.</summary>
    private static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;

        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingBreak = output.Length > 0;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = output.Length > 0;
            }
            else
            {
                if (pendingBreak)
                {
                    output.Append('\n');
                }
                else if (pendingSpace)
                {
                    output.Append(' ');
                }

                pendingBreak = pendingSpace = false;
                output.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary>True when <see cref="CollapseWhitespace"/> would return the text unchanged: single spaces between words only.</summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != ' ' && char.IsWhiteSpace(c))
            {
                return false;
            }

            if (c == ' ' && (i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record OtherMention(MentionedAccount Account, HashSet<string> Keys);
}
