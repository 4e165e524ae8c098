using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Renders a <see cref="Card"/> as an Adaptive Card 1.5 attachment: buttons as <c>Action.Submit</c>, links as
/// <c>Action.OpenUrl</c> (http and https only, see <see cref="CardLinks"/>). Text goes through <see cref="EscapeMarkdown"/>
/// so nothing a member typed can change the card's structure or formatting.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <param name="fallbackText">What a client that cannot show the card shows instead (with the links' addresses).</param>
    public static Attachment Render(Card card, string? fallbackText = null)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = EscapeMarkdown(card.Title), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        if (card.Subtitle is { } subtitle)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = EscapeMarkdown(subtitle), ["isSubtle"] = true, ["spacing"] = "None", ["wrap"] = true });
        if (card.Facts.Count > 0)
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray(card.Facts.Select(f => (JsonNode)new JsonObject { ["title"] = EscapeMarkdown(f.Label), ["value"] = EscapeMarkdown(f.Value) }).ToArray()),
            });
        foreach (var item in card.Items)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = EscapeMarkdown(item), ["wrap"] = true, ["spacing"] = "Small" });
        if (card.Note is { } note)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = EscapeMarkdown(note), ["isSubtle"] = true, ["wrap"] = true });
        if (card.Input is { } input)
            body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = input.Id, ["placeholder"] = input.Placeholder, ["maxLength"] = input.MaxLength });

        var content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (fallbackText is { Length: > 0 })
            content["fallbackText"] = fallbackText;
        var actions = new JsonArray();
        foreach (var button in card.Buttons)
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = button.Title,
                ["data"] = new JsonObject { [CardSubmission.CommandField] = button.Command },
            });
        foreach (var link in CardLinks.Openable(card))
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = link.Title, ["url"] = link.Url });
        if (actions.Count > 0)
            content["actions"] = actions;

        return new Attachment
        {
            ContentType = ContentType,
            Content = JsonSerializer.SerializeToElement(content, BotFrameworkJsonContext.Default.JsonNode),
        };
    }

    private static bool StartsWithDigitsOnly(StringBuilder line)
    {
        var start = line.Length;
        while (start > 0 && line[start - 1] != '\n') start--;
        for (var i = start; i < line.Length; i++)
            if (!char.IsAsciiDigit(line[i])) return false;
        return line.Length > start;
    }

    /// <summary>Escapes the Markdown subset Adaptive Cards and Teams interpret, and drops control characters.</summary>
    public static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c != '\n') continue;
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '`' or '>' or '<' or '~' or '|')
                escaped.Append('\\');
            else if (lineStart && c is '-' or '+')
                escaped.Append('\\');
            else if (c == '.' && i > 0 && char.IsAsciiDigit(text[i - 1]) && StartsWithDigitsOnly(escaped))
                escaped.Append('\\'); // "1. " at a line start would become a numbered list
            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return escaped.ToString();
    }
}
