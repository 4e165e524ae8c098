using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Protocol.Activities;

/// <summary>
/// A Bot Framework activity as it travels on the wire (Activity schema 3.x).
/// Only the fields the bot reads or writes are modelled; everything else is kept in
/// <see cref="ExtensionData"/> and written back unchanged (spec A2005).
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    /// <summary>Kept as text: channels send offsets in forms System.Text.Json refuses (e.g. "-8").</summary>
    public string? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? Locale { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Summary { get; init; }
    public string? InputHint { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? Name { get; init; }
    public JsonElement? Value { get; init; }
    public string? ValueType { get; init; }
    public string? Action { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>
/// An entity (mention, clientInfo, …). The type-specific fields the bot reads are modelled;
/// the rest round-trips through <see cref="ExtensionData"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }
    /// <summary>For <c>mention</c> entities: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }
    /// <summary>For <c>mention</c> entities: the exact span in the activity text, e.g. <c>&lt;at&gt;Name&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed record MessageReaction
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }
}

public sealed record CardAction
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public JsonElement? Value { get; init; }
}

/// <summary>Answer of the connector to a send: the id of the new activity.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}
