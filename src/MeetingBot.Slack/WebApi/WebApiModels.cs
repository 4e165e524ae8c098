using System.Text.Json.Nodes;

namespace MeetingBot.Slack.WebApi;

/// <summary>
/// The envelope of every Web API answer. HTTP 200 can still say <c>"ok": false</c> with an <see cref="Error"/> code;
/// the client turns that into a <see cref="SlackApiException"/>.
/// </summary>
public record SlackResult
{
    public bool Ok { get; init; }
    public string? Error { get; init; }
    public string? Warning { get; init; }
    /// <summary>With <c>missing_scope</c>: the scope the token lacks.</summary>
    public string? Needed { get; init; }
    public string? Provided { get; init; }
    public ResponseMetadata? ResponseMetadata { get; init; }
}

public sealed record ResponseMetadata
{
    public string? NextCursor { get; init; }
    public IReadOnlyList<string>? Messages { get; init; }
    public IReadOnlyList<string>? Warnings { get; init; }
}

/// <summary><c>chat.postMessage</c>. Blocks are Block Kit JSON; <see cref="Text"/> is the notification fallback.</summary>
public sealed record PostMessageRequest
{
    public required string Channel { get; init; }
    public required string Text { get; init; }
    public JsonArray? Blocks { get; init; }
    /// <summary>Posts into this thread (the parent message's ts).</summary>
    public string? ThreadTs { get; init; }
    public bool? UnfurlLinks { get; init; }
    public bool? UnfurlMedia { get; init; }
}

public sealed record PostMessageResult : SlackResult
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
}

/// <summary><c>chat.postEphemeral</c>: seen only by <see cref="User"/>, who must be in the channel.</summary>
public sealed record PostEphemeralRequest
{
    public required string Channel { get; init; }
    public required string User { get; init; }
    public required string Text { get; init; }
    public JsonArray? Blocks { get; init; }
    public string? ThreadTs { get; init; }
}

public sealed record PostEphemeralResult : SlackResult
{
    public string? MessageTs { get; init; }
}

/// <summary><c>chat.update</c>: replaces the text and blocks of a message the bot posted.</summary>
public sealed record UpdateMessageRequest
{
    public required string Channel { get; init; }
    public required string Ts { get; init; }
    public required string Text { get; init; }
    public JsonArray? Blocks { get; init; }
}

public sealed record UpdateMessageResult : SlackResult
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
}

/// <summary><c>users.info</c>.</summary>
public sealed record UserInfoResult : SlackResult
{
    public SlackUserObject? User { get; init; }
}

public sealed record SlackUserObject
{
    public string? Id { get; init; }
    public string? TeamId { get; init; }
    public string? Name { get; init; }
    public string? RealName { get; init; }
    /// <summary>IANA time zone id, e.g. "Europe/Vienna".</summary>
    public string? Tz { get; init; }
    public bool? IsBot { get; init; }
    public bool? Deleted { get; init; }
    public SlackProfile? Profile { get; init; }
}

public sealed record SlackProfile
{
    public string? DisplayName { get; init; }
    public string? RealName { get; init; }
    public string? Email { get; init; }
}

/// <summary><c>conversations.members</c> (one page).</summary>
public sealed record ConversationMembersResult : SlackResult
{
    public IReadOnlyList<string>? Members { get; init; }
}

/// <summary><c>conversations.open</c> with one user: the bot's direct message channel with them.</summary>
public sealed record ConversationsOpenRequest
{
    public required string Users { get; init; }
    public bool? ReturnIm { get; init; }
}

public sealed record ConversationsOpenResult : SlackResult
{
    public OpenedChannel? Channel { get; init; }
}

public sealed record OpenedChannel
{
    public string? Id { get; init; }
}

/// <summary><c>auth.test</c>: who the bot token belongs to.</summary>
public sealed record AuthTestResult : SlackResult
{
    public string? Url { get; init; }
    public string? Team { get; init; }
    public string? User { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public string? BotId { get; init; }
}

/// <summary>A message sent to a slash command's or an interaction's <c>response_url</c>.</summary>
public sealed record ResponseUrlMessage
{
    /// <summary><c>ephemeral</c> (only the person who asked) or <c>in_channel</c>.</summary>
    public string ResponseType { get; init; } = "ephemeral";
    public required string Text { get; init; }
    public JsonArray? Blocks { get; init; }
    public bool? ReplaceOriginal { get; init; }
}
