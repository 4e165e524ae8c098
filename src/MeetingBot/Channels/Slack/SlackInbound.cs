using System.Text.Json;
using MeetingBot.Conversations.Messages;

namespace MeetingBot.Channels.Slack;

/// <summary>How a Slack turn was triggered; decides how the bot may answer (ephemeral, response_url, thread).</summary>
public enum SlackTrigger
{
    /// <summary>An Events API <c>message</c> or <c>app_mention</c>.</summary>
    Event,
    /// <summary>The <c>/meeting</c> slash command.</summary>
    SlashCommand,
    /// <summary>A Block Kit button press.</summary>
    Interaction,
}

/// <summary>
/// One Slack delivery that becomes a turn, reduced to what the turn needs; built by <see cref="SlackIngress"/> from an
/// event, a slash command or an interaction, and run later by <see cref="SlackTurnRunner"/>.
/// </summary>
public sealed record SlackInbound
{
    public required SlackTrigger Trigger { get; init; }
    public required ConversationAddress Address { get; init; }
    public required string TeamId { get; init; }
    public required string Channel { get; init; }
    public string? ChannelType { get; init; }
    public required string UserId { get; init; }
    /// <summary>The message text as Slack sent it (mrkdwn with <c>&lt;@U…&gt;</c> and <c>&lt;url|label&gt;</c>).</summary>
    public required string RawText { get; init; }
    /// <summary>A unique id of the delivery: the message ts, the command's trigger id, the action ts.</summary>
    public required string DeliveryId { get; init; }
    /// <summary>The message's ts (events) or the pressed message's ts (interactions).</summary>
    public string? MessageTs { get; init; }
    /// <summary>Set when the message is in a thread: replies go there.</summary>
    public string? ThreadTs { get; init; }
    public string? BotUserId { get; init; }
    /// <summary>An <c>app_mention</c> event: addressed to the bot even if the mention is not found in the text.</summary>
    public bool IsAppMention { get; init; }
    public string? ResponseUrl { get; init; }
    /// <summary>Files shared with the message (events only), read with <see cref="SlackAttachmentReader"/>.</summary>
    public IReadOnlyList<IncomingAttachment> Attachments { get; init; } = [];
    /// <summary>For card buttons: the command and the card's inputs, as <see cref="CardSubmission"/> reads them.</summary>
    public JsonElement? Value { get; init; }
    /// <summary>For interactions: the blocks of the pressed message, to take its buttons away once answered.</summary>
    public System.Text.Json.Nodes.JsonArray? PressedMessageBlocks { get; init; }
    public string? PressedMessageText { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
}
