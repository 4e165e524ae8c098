using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Protocol.Activities;

/// <summary>
/// JSON rules of the Bot Framework wire: camelCase out, case-insensitive in, nulls omitted.
/// Source-generated so the hot path does no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientTimestampConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(List<TeamsChannelAccount>))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(ErrorResponse))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;

public static class BotFrameworkJson
{
    public static JsonSerializerOptions Options => BotFrameworkJsonContext.Default.Options;
}
