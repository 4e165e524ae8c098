namespace MeetingBot.Conversations.Messages;

/// <summary>
/// What the bot says back, independent of the channel. Text is Markdown-light (bold, lists);
/// adapters render it and the mentions in their channel's own form.
/// </summary>
public sealed record Reply(string Text)
{
    /// <summary>People mentioned in <see cref="Text"/> as <c>@Name</c>; adapters turn them into real mentions.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Quick answers offered as buttons where the channel has them (choice and confirm prompts).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>A card for channels that show cards; <see cref="Text"/> remains the fallback.</summary>
    public Card? Card { get; init; }

    /// <summary>
    /// Meant for the sender alone (help, refusals, a link code): channels that can show a message to one person in a
    /// shared conversation (Slack's ephemeral messages) do so; the others post it as usual.
    /// </summary>
    public bool PrivateToSender { get; init; }
}
