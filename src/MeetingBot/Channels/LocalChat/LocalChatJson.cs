using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// Body of <c>POST /v3/directline/tokens/generate</c> and <c>POST /v3/directline/conversations</c> (both
/// optional). Which conversation: <c>{"conversation":"channel"}</c> (the default, also for an empty body, as
/// Web Chat sends) or <c>{"conversation":"personal","user":{"id":"local-anna-alvarez","name":"Anna Alvarez"}}</c>
/// for that member's 1:1 chat with the bot (<c>user.id</c> may be left out: it is derived from the name).
/// <c>user</c> and <c>trustedOrigins</c> are Direct Line's own fields.
/// </summary>
public sealed record DirectLineStartRequest
{
    public string? Conversation { get; init; }
    public ChannelAccount? User { get; init; }
    public IReadOnlyList<string>? TrustedOrigins { get; init; }
}

/// <summary>Direct Line's Conversation object: what start, reconnect and token calls answer.</summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StreamUrl);

/// <summary>Direct Line's ActivitySet: activities after the client's watermark, and the new watermark.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>What the chat page needs to draw its pickers.</summary>
public sealed record LocalChatPageConfig(
    ChannelAccount Bot,
    IReadOnlyList<LocalChatMemberInfo> Members,
    string ChannelConversationId,
    string ChannelName,
    string TeamName);

/// <summary>An invoke response as the bot hands it back: <c>{statusCode, type, value}</c>.</summary>
public sealed record LocalInvokeResponse
{
    public int? StatusCode { get; init; }
    public string? Type { get; init; }
    public JsonElement? Value { get; init; }
}

/// <summary>
/// Wire JSON of the Direct Line side, with the same rules as <see cref="BotFrameworkJsonContext"/> (which the
/// connector side uses directly for the shared Bot Framework types).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientTimestampConverter)])]
[JsonSerializable(typeof(DirectLineStartRequest))]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(DirectLineActivitySet))]
[JsonSerializable(typeof(LocalChatPageConfig))]
[JsonSerializable(typeof(LocalInvokeResponse))]
[JsonSerializable(typeof(Activity))]
public sealed partial class LocalChatJsonContext : JsonSerializerContext;
