using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeetingBot.Conversations.Messages;
using MeetingBot.Slack.Text;

namespace MeetingBot.Channels.Slack;

/// <summary>A reply as Slack wants it: <see cref="Text"/> (mrkdwn, for notifications and old clients) and Block Kit blocks.</summary>
public sealed record SlackRendering(string Text, JsonArray? Blocks);

/// <summary>
/// Renders a <see cref="Reply"/> as Block Kit. Nothing a member typed can change the message's structure or formatting:
/// the reply's text becomes a rich-text block (bold runs from the reply's <c>**…**</c>, real user mentions, links, the
/// rest literal text that Slack does not interpret) and card parts are <c>plain_text</c>. Only the notification text is
/// mrkdwn, escaped. Choices and card buttons become buttons whose value is what the person would have typed; card links
/// become buttons with a <c>url</c> (http and https only, see <see cref="CardLinks"/>).
/// </summary>
public static partial class BlockKitRenderer
{
    /// <summary>Prefix of the action ids of choice buttons: pressing one answers with its value as text.</summary>
    public const string ChoiceAction = "choice-";
    /// <summary>Prefix of the action ids of card buttons: pressing one sends its command plus the card's input.</summary>
    public const string CommandAction = "cmd-";

    /// <summary>Prefix of the action ids of link buttons: Slack opens the address; the press itself needs no answer.</summary>
    public const string LinkAction = "link-";

    private const int MaxBlocks = 50;
    private const int MaxButtons = 25;
    private const int MaxUrlLength = 3_000;
    private const int MaxTextLength = 39_000;
    // Slack refuses messages whose blocks hold much more than this (msg_blocks_too_long); plain text then.
    private const int MaxRichTextLength = 11_000;
    private const int MaxSectionText = 3_000;

    public static SlackRendering Render(Reply reply)
    {
        // Where the card is not shown (notifications, a card too big for Slack), its links are "Title: url" lines.
        var asText = reply.Card is { Links.Count: > 0 } withLinks ? reply with { Text = CardLinks.AppendTo(reply.Text, withLinks) } : reply;
        var text = Shorten(FallbackText(asText), MaxTextLength);
        var blocks = reply.Card is { } card ? CardBlocks(card) : TextBlocks(reply);
        if (blocks is not null && reply.Choices.Count > 0) blocks.Add(ChoiceButtons(reply.Choices));
        if (blocks is not null && blocks.Count > MaxBlocks)
        {
            blocks = TextBlocks(asText);
            if (blocks is not null && reply.Choices.Count > 0) blocks.Add(ChoiceButtons(reply.Choices));
        }
        return new SlackRendering(text, blocks);
    }

    /// <summary>The reply's text as escaped mrkdwn: <c>**bold**</c> → <c>*bold*</c>, <c>@Name</c> → <c>&lt;@U…&gt;</c>.</summary>
    public static string FallbackText(Reply reply)
    {
        var output = new StringBuilder(reply.Text.Length + 16);
        foreach (var run in Runs(reply.Text, reply.Mentions))
        {
            switch (run)
            {
                case TextRun { Bold: true } bold:
                    output.Append('*').Append(SlackMrkdwn.Escape(bold.Text)).Append('*');
                    break;
                case TextRun plain:
                    output.Append(SlackMrkdwn.Escape(plain.Text));
                    break;
                case MentionRun mention:
                    output.Append(SlackMrkdwn.Mention(mention.UserId));
                    break;
            }
        }
        return output.ToString();
    }

    private static JsonArray? TextBlocks(Reply reply)
    {
        if (reply.Text.Length > MaxRichTextLength || reply.Text.Trim().Length == 0) return null;
        var elements = new JsonArray();
        foreach (var run in Runs(reply.Text, reply.Mentions))
        {
            switch (run)
            {
                case MentionRun mention:
                    elements.Add(new JsonObject { ["type"] = "user", ["user_id"] = mention.UserId });
                    break;
                case TextRun textRun:
                    foreach (var piece in SplitLinks(textRun.Text))
                    {
                        var element = piece.IsLink
                            ? new JsonObject { ["type"] = "link", ["url"] = piece.Text }
                            : new JsonObject { ["type"] = "text", ["text"] = piece.Text };
                        if (textRun.Bold) element["style"] = new JsonObject { ["bold"] = true };
                        elements.Add(element);
                    }
                    break;
            }
        }
        return
        [
            new JsonObject
            {
                ["type"] = "rich_text",
                ["elements"] = new JsonArray { new JsonObject { ["type"] = "rich_text_section", ["elements"] = elements } },
            },
        ];
    }

    private static JsonArray CardBlocks(Card card)
    {
        var blocks = new JsonArray { new JsonObject { ["type"] = "header", ["text"] = PlainText(Shorten(card.Title, 150)) } };
        if (card.Subtitle is { Length: > 0 } subtitle)
            blocks.Add(Context(subtitle));
        foreach (var chunk in card.Facts.Chunk(5))
        {
            var fields = new JsonArray();
            foreach (var fact in chunk)
            {
                fields.Add(PlainText(Shorten(fact.Label, 2000)));
                fields.Add(PlainText(Shorten(fact.Value, 2000)));
            }
            blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
        }
        foreach (var section in Sections(card.Items))
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = PlainText(section) });
        if (card.Note is { Length: > 0 } note)
            blocks.Add(Context(note));
        if (card.Input is { } input)
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "input",
                ["block_id"] = "input-" + input.Id,
                ["optional"] = true,
                ["label"] = PlainText(Shorten(card.Buttons.FirstOrDefault()?.Title ?? "Your answer", 150)),
                ["element"] = new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = input.Id,
                    ["placeholder"] = PlainText(Shorten(input.Placeholder, 150)),
                    ["max_length"] = Math.Clamp(input.MaxLength, 1, 3000),
                },
            });
        }
        var links = CardLinks.Openable(card).Where(l => l.Url.Length <= MaxUrlLength).ToList();
        if (card.Buttons.Count > 0 || links.Count > 0)
        {
            var buttons = new JsonArray();
            foreach (var (button, index) in card.Buttons.Take(MaxButtons).Select((b, i) => (b, i)))
                buttons.Add(Button(button.Title, button.Command, CommandAction + index));
            foreach (var (link, index) in links.Take(MaxButtons - buttons.Count).Select((l, i) => (l, i)))
                buttons.Add(LinkButton(link, LinkAction + index));
            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = "card-actions", ["elements"] = buttons });
        }
        return blocks;
    }

    private static JsonObject ChoiceButtons(IReadOnlyList<string> choices)
    {
        var buttons = new JsonArray();
        foreach (var (choice, index) in choices.Take(25).Select((c, i) => (c, i)))
            buttons.Add(Button(choice, choice, ChoiceAction + index));
        return new JsonObject { ["type"] = "actions", ["block_id"] = "choices", ["elements"] = buttons };
    }

    private static JsonObject Button(string title, string value, string actionId) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = PlainText(Shorten(title, 75)),
        ["value"] = Shorten(value, 2000),
    };

    /// <summary>A button that opens an address; Slack still reports the press, which the bot ignores (<see cref="LinkAction"/>).</summary>
    private static JsonObject LinkButton(CardLink link, string actionId) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = PlainText(Shorten(link.Title, 75)),
        ["url"] = link.Url,
    };

    private static JsonObject Context(string text) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray { PlainText(Shorten(text, 2000)) },
    };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text.Length == 0 ? " " : text, ["emoji"] = true };

    /// <summary>Lines joined into sections of at most 3,000 characters.</summary>
    private static IEnumerable<string> Sections(IReadOnlyList<string> lines)
    {
        var current = new StringBuilder();
        foreach (var line in lines.Select(l => Shorten(l, MaxSectionText)))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > MaxSectionText)
            {
                yield return current.ToString();
                current.Clear();
            }
            if (current.Length > 0) current.Append('\n');
            current.Append(line);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    private abstract record Run;
    private sealed record TextRun(string Text, bool Bold) : Run;
    private sealed record MentionRun(string UserId) : Run;

    /// <summary>The reply's text cut into plain and bold runs (<c>**…**</c>) and the mentions of Slack users.</summary>
    private static IEnumerable<Run> Runs(string text, IReadOnlyList<Mention> mentions)
    {
        var parts = text.Split("**");
        // An odd number of "**" leaves the last one literal rather than bolding the rest of the message.
        var balanced = parts.Length % 2 == 1;
        for (var i = 0; i < parts.Length; i++)
        {
            var bold = balanced && i % 2 == 1;
            var part = !balanced && i > 0 ? "**" + parts[i] : parts[i];
            foreach (var run in WithMentions(part, bold, mentions)) yield return run;
        }
    }

    private static IEnumerable<Run> WithMentions(string text, bool bold, IReadOnlyList<Mention> mentions)
    {
        var slackMentions = mentions.Where(m => SlackIds.IsUserId(m.UserId) && m.Name.Length > 0).OrderByDescending(m => m.Name.Length).ToList();
        var rest = text;
        while (rest.Length > 0)
        {
            var (at, mention) = slackMentions
                .Select(m => (Index: rest.IndexOf("@" + m.Name, StringComparison.Ordinal), Mention: m))
                .Where(p => p.Index >= 0)
                .OrderBy(p => p.Index)
                .FirstOrDefault();
            if (mention is null)
            {
                yield return new TextRun(rest, bold);
                yield break;
            }
            if (at > 0) yield return new TextRun(rest[..at], bold);
            yield return new MentionRun(mention.UserId);
            rest = rest[(at + 1 + mention.Name.Length)..];
        }
    }

    private readonly record struct Piece(string Text, bool IsLink);

    private static IEnumerable<Piece> SplitLinks(string text)
    {
        var last = 0;
        foreach (Match match in Url().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')');
            if (!Uri.TryCreate(url, UriKind.Absolute, out _)) continue;
            if (match.Index > last) yield return new Piece(text[last..match.Index], false);
            yield return new Piece(url, true);
            last = match.Index + url.Length;
        }
        if (last < text.Length) yield return new Piece(text[last..], false);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
