using System.Text.Json;

namespace MeetingBot.Conversations.Messages;

/// <summary>Kinds of conversation, as people see them.</summary>
public enum ConversationKind
{
    /// <summary>A 1:1 chat between one person and the bot.</summary>
    Personal,
    /// <summary>A group or meeting chat.</summary>
    GroupChat,
    /// <summary>A channel of a team (Teams) or a Slack channel.</summary>
    Channel,
}

/// <summary>
/// Where a message came from, independent of the channel. <see cref="ScopeId"/> is the unit whose data is
/// isolated from every other: the team for a team channel, otherwise the conversation itself.
/// </summary>
public sealed record ConversationAddress(
    string ChannelId,
    string ConversationId,
    ConversationKind Kind,
    string? TenantId = null,
    string? TeamId = null,
    string? Name = null)
{
    public string Key => $"{ChannelId}|{ConversationId}";
    public string ScopeId => LinkedScopeId ?? OwnScopeId;

    /// <summary>The scope the conversation has by itself: its team, or itself.</summary>
    public string OwnScopeId => TeamId is { Length: > 0 } team ? $"{ChannelId}|team|{team}" : Key;

    /// <summary>
    /// Set when the chair linked this conversation into another team's meetings (a Slack channel joining a series that
    /// lives in Teams, or the reverse; see Features/Linking): <see cref="ScopeId"/> is then that team's scope.
    /// </summary>
    public string? LinkedScopeId { get; init; }
}

/// <summary>A person in a conversation. <see cref="Id"/> is the channel's own id for them.</summary>
public sealed record Person(string Id, string Name, string? AadObjectId = null);

/// <summary>Someone mentioned in a message; identified by id, never by the displayed text.</summary>
public sealed record Mention(string UserId, string Name);

/// <summary>
/// One message from a person, normalised from any channel: the bot's own mention removed, markup reduced
/// to text, other people's mentions kept as structured <see cref="Mentions"/>.
/// </summary>
public sealed record IncomingMessage
{
    public required string ActivityId { get; init; }
    public required ConversationAddress Conversation { get; init; }
    public required Person From { get; init; }
    public required string Text { get; init; }

    /// <summary>
    /// The text as the channel sent it (Teams HTML with its <c>&lt;a href&gt;</c> anchors, Slack's <c>&lt;url|label&gt;</c>),
    /// for reading links exactly; null when the channel sends plain text only.
    /// </summary>
    public string? RawText { get; init; }

    /// <summary>
    /// Whether the message is meant for the bot: always in a 1:1 chat; in a Teams channel or group chat only when it
    /// mentions the bot (or is a press on the bot's card). Teams delivers the others only with resource-specific consent
    /// (RSC): the bot keeps what a running meeting records from them but never answers them.
    /// </summary>
    public bool IsAddressedToBot { get; init; } = true;

    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    /// <summary>Files sent with the message (a saved meeting chat for <c>import chat</c>); read them with <see cref="IAttachmentReader"/>.</summary>
    public IReadOnlyList<IncomingAttachment> Attachments { get; init; } = [];

    /// <summary>Submitted card values (Adaptive Card Action.Submit, Block Kit), if any.</summary>
    public JsonElement? Value { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary>The sender's IANA time zone when the channel tells it.</summary>
    public string? TimeZone { get; init; }
    public string? Locale { get; init; }
}
