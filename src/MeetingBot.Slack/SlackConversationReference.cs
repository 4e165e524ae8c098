namespace MeetingBot.Slack;

/// <summary>
/// What the bot keeps to post into a Slack conversation later (reminders, notices): the workspace and the channel.
/// The bot token is global, so nothing else is needed.
/// </summary>
public sealed record SlackConversationReference
{
    public required string TeamId { get; init; }
    public required string Channel { get; init; }
    /// <summary><c>channel</c>, <c>group</c>, <c>im</c> or <c>mpim</c>.</summary>
    public string? ChannelType { get; init; }
    public string? Name { get; init; }
}
