using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Events;

/// <summary>
/// The inner event of an <c>event_callback</c>. Only the fields of <c>message</c> and <c>app_mention</c> are modelled;
/// everything else stays in <see cref="ExtensionData"/>.
/// </summary>
public sealed record SlackEvent
{
    public string? Type { get; init; }
    public string? Subtype { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    /// <summary>The message's id within its channel (a string such as "1743244200.000100").</summary>
    public string? Ts { get; init; }
    /// <summary>Set when the message is in a thread: the thread's parent message ts.</summary>
    public string? ThreadTs { get; init; }
    public string? EventTs { get; init; }
    public string? Channel { get; init; }
    /// <summary><c>channel</c>, <c>group</c> (private channel), <c>im</c> or <c>mpim</c>; absent on <c>app_mention</c>.</summary>
    public string? ChannelType { get; init; }
    public string? Team { get; init; }
    /// <summary>Rich-text blocks of the message, kept as JSON.</summary>
    public JsonElement? Blocks { get; init; }
    public JsonElement? Edited { get; init; }
    /// <summary>Files shared with the message (subtype <c>file_share</c>).</summary>
    public IReadOnlyList<SlackFile>? Files { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>Event types and message subtypes the bot looks at.</summary>
public static class SlackEventTypes
{
    public const string Message = "message";
    public const string AppMention = "app_mention";

    /// <summary>
    /// Subtypes that are still a person's new message. Everything else (<c>bot_message</c>, <c>message_changed</c>,
    /// <c>message_deleted</c>, <c>message_replied</c>, <c>channel_join</c>, …) is not.
    /// </summary>
    private static readonly HashSet<string> HumanSubtypes = new(StringComparer.Ordinal) { "thread_broadcast", "file_share", "me_message" };

    /// <summary>
    /// True for a new message written by a person: a <c>message</c> or <c>app_mention</c> with a user, no <c>bot_id</c>,
    /// not from <paramref name="botUserId"/>, and no subtype other than those of a person's new message.
    /// </summary>
    public static bool IsNewHumanMessage(SlackEvent e, string? botUserId) =>
        e.Type is Message or AppMention
        && e is { User.Length: > 0, Channel.Length: > 0, Ts.Length: > 0, BotId: null }
        && (e.Subtype is null || HumanSubtypes.Contains(e.Subtype))
        && !string.Equals(e.User, botUserId, StringComparison.Ordinal);
}
