namespace MeetingBot.Conversations.Messages;

/// <summary>
/// A small channel-neutral card: a title, facts, a list, an optional text box and buttons. Adapters render it
/// as an Adaptive Card (Teams, local chat) or Block Kit (Slack); <see cref="Reply.Text"/> stays the fallback.
/// Every string here is plain text: renderers escape it for their format.
/// </summary>
public sealed record Card(string Title)
{
    public string? Subtitle { get; init; }
    public IReadOnlyList<CardFact> Facts { get; init; } = [];
    public IReadOnlyList<string> Items { get; init; } = [];
    public string? Note { get; init; }
    /// <summary>A text box whose content is appended to the command of the button pressed.</summary>
    public CardInput? Input { get; init; }
    public IReadOnlyList<CardButton> Buttons { get; init; } = [];
    /// <summary>Buttons that open an address (a download, a calendar file) instead of sending a command.</summary>
    public IReadOnlyList<CardLink> Links { get; init; } = [];
}

public sealed record CardFact(string Label, string Value);

public sealed record CardInput(string Id, string Placeholder, int MaxLength = 200);

/// <summary>A button that sends <see cref="Command"/> (plus the input's text) as if the person had typed it.</summary>
public sealed record CardButton(string Title, string Command);

/// <summary>A button that opens <see cref="Url"/> (an absolute http(s) address) in the browser.</summary>
public sealed record CardLink(string Title, string Url);

/// <summary>The submitted value of a card button, as channels deliver it back.</summary>
public static class CardSubmission
{
    public const string CommandField = "command";

    /// <summary>Turns a submitted card value into the command text it stands for; null when it is not ours.</summary>
    public static string? ToCommandText(System.Text.Json.JsonElement? value)
    {
        if (value is not { ValueKind: System.Text.Json.JsonValueKind.Object } data) return null;
        string? command = null;
        var rest = new List<string>();
        foreach (var property in data.EnumerateObject())
        {
            if (property.Value.ValueKind != System.Text.Json.JsonValueKind.String) continue;
            var text = property.Value.GetString()!.Trim();
            if (property.NameEquals(CommandField)) command = text;
            else if (text.Length > 0) rest.Add(text);
        }
        return command is null ? null : string.Join(' ', [command, .. rest]);
    }
}
