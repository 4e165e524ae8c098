using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Slack.Text;

/// <summary>Someone mentioned in a Slack message, by user id, with the name to show.</summary>
public sealed record SlackMention(string UserId, string Name);

/// <summary>
/// A Slack message's text as a command parser wants it: the bot's own mention gone, <c>&lt;@U…&gt;</c> turned into
/// <c>@Name</c> (and kept as ids in <see cref="Mentions"/>), <c>&lt;url|label&gt;</c> turned into visible
/// "label (url)" (and listed in <see cref="Links"/>), entities decoded, spaces collapsed.
/// </summary>
public sealed record SlackNormalizedText(string Text, IReadOnlyList<SlackMention> Mentions, IReadOnlyList<string> Links, bool MentionsBot);

/// <summary>
/// Reads Slack's message markup (protocol.md §6 "Text &amp; links"): control sequences in angle brackets —
/// users <c>&lt;@U1&gt;</c> or <c>&lt;@U1|name&gt;</c>, channels <c>&lt;#C1|name&gt;</c>, <c>&lt;!here&gt;</c>,
/// <c>&lt;!subteam^S1|@team&gt;</c>, <c>&lt;!date^…|fallback&gt;</c>, links <c>&lt;https://x|label&gt;</c> — and the three
/// entities Slack escapes (<c>&amp;amp; &amp;lt; &amp;gt;</c>). Sequences are found first, then entities decoded, so an
/// escaped "&amp;lt;" typed by a person never becomes markup.
/// </summary>
public static partial class SlackMessageText
{
    [GeneratedRegex(@"<(?<body>[^<>\n]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex ControlSequence();

    /// <summary>User ids mentioned in <paramref name="text"/>, in order, each once (to look their names up).</summary>
    public static IReadOnlyList<string> MentionedUserIds(string? text)
    {
        var ids = new List<string>();
        foreach (Match match in ControlSequence().Matches(text ?? ""))
            if (ReadUser(match.Groups["body"].Value) is { } user && !ids.Contains(user.Id)) ids.Add(user.Id);
        return ids;
    }

    /// <param name="text">The message's <c>text</c> as Slack sent it.</param>
    /// <param name="botUserId">The bot's own user id: its mentions are removed.</param>
    /// <param name="nameOf">Resolves a user id to the name people see (e.g. from <c>users.info</c>); null to fall back
    /// to the label in the markup, then to the id.</param>
    public static SlackNormalizedText Normalize(string? text, string? botUserId, Func<string, string?>? nameOf = null)
    {
        var source = text ?? string.Empty;
        var output = new StringBuilder(source.Length);
        var mentions = new List<SlackMention>();
        var links = new List<string>();
        var mentionsBot = false;
        var last = 0;
        foreach (Match match in ControlSequence().Matches(source))
        {
            output.Append(Decode(source[last..match.Index]));
            last = match.Index + match.Length;
            var body = match.Groups["body"].Value;

            if (ReadUser(body) is { } user)
            {
                if (botUserId is not null && string.Equals(user.Id, botUserId, StringComparison.Ordinal))
                {
                    mentionsBot = true;
                    continue;
                }
                var name = nameOf?.Invoke(user.Id) is { Length: > 0 } known ? known : user.Label ?? user.Id;
                if (!mentions.Exists(m => m.UserId == user.Id)) mentions.Add(new SlackMention(user.Id, name));
                output.Append('@').Append(name);
                continue;
            }

            var (target, label) = Split(body);
            switch (target[0])
            {
                case '#':
                    output.Append('#').Append(label ?? target[1..]);
                    break;
                case '!':
                    output.Append(Special(target, label));
                    break;
                default:
                    var url = Decode(target);
                    var shown = label is null ? null : Decode(label);
                    if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                    {
                        output.Append(shown ?? url["mailto:".Length..]);
                        break;
                    }
                    links.Add(url);
                    // Keep the link visible in the text: captured links and join links read from the text too.
                    output.Append(shown is null || SameAddress(shown, url) ? url : $"{shown} ({url})");
                    break;
            }
        }
        output.Append(Decode(source[last..]));

        var normalized = Collapse(output.ToString());
        // "@MeetingBot: help" and "@MeetingBot, help" read as "help".
        if (mentionsBot) normalized = normalized.TrimStart(':', ',', ' ');
        return new SlackNormalizedText(normalized, mentions, links, mentionsBot);
    }

    /// <summary>Decodes the three entities Slack escapes; <c>&amp;amp;</c> last so "&amp;amp;lt;" stays "&amp;lt;".</summary>
    public static string Decode(string text) =>
        text.Contains('&') ? text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal) : text;

    private static (string Id, string? Label)? ReadUser(string body)
    {
        if (body.Length < 3 || body[0] != '@' || body[1] is not ('U' or 'W' or 'B')) return null;
        var (target, label) = Split(body);
        return (target[1..], label is null ? null : Decode(label).TrimStart('@'));
    }

    private static (string Target, string? Label) Split(string body)
    {
        var bar = body.IndexOf('|');
        return bar < 0 ? (body, null) : (body[..bar], body[(bar + 1)..] is { Length: > 0 } label ? label : null);
    }

    private static string Special(string target, string? label)
    {
        if (label is not null) return Decode(label);
        var name = target[1..];
        var caret = name.IndexOf('^');
        return "@" + (caret < 0 ? name : name[..caret]);
    }

    private static bool SameAddress(string label, string url)
    {
        static string Bare(string s) => s.Replace("https://", "", StringComparison.OrdinalIgnoreCase).Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');
        return string.Equals(Bare(label), Bare(url), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Runs of spaces become one; line breaks stay (one per run); trimmed.</summary>
    private static string Collapse(string text)
    {
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r') pendingBreak = output.Length > 0;
            else if (char.IsWhiteSpace(c)) pendingSpace = output.Length > 0;
            else
            {
                if (pendingBreak) output.Append('\n');
                else if (pendingSpace) output.Append(' ');
                pendingBreak = pendingSpace = false;
                output.Append(c);
            }
        }
        return output.ToString();
    }
}
