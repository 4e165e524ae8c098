using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MeetingBot.Slack.Events;
using MeetingBot.Slack.Interactivity;
using MeetingBot.Slack.WebApi;

namespace MeetingBot.Slack.Json;

/// <summary>
/// JSON rules of the Slack wire: snake_case both ways, nulls omitted, unknown fields accepted.
/// Source-generated so the hot path does no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SlackEnvelope))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(SlackResult))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostMessageResult))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(PostEphemeralResult))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(UpdateMessageResult))]
[JsonSerializable(typeof(UserInfoResult))]
[JsonSerializable(typeof(ConversationMembersResult))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(ConversationsOpenResult))]
[JsonSerializable(typeof(AuthTestResult))]
[JsonSerializable(typeof(ResponseUrlMessage))]
[JsonSerializable(typeof(SlackConversationReference))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonArray))]
public sealed partial class SlackJsonContext : JsonSerializerContext;
