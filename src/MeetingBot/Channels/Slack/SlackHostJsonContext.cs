using System.Text.Json.Serialization;

namespace MeetingBot.Channels.Slack;

/// <summary>JSON of the Slack adapter's own values (card submissions built from a button press).</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SlackHostJsonContext : JsonSerializerContext;
