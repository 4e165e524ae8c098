using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MeetingBot.LoadBench;

/// <summary>
/// Writes the Teams-shaped message activity a worker sends: a channel message in the worker's own
/// conversation, from one of a handful of team members, mentioning the bot with "help".
/// </summary>
public sealed class ActivityFactory(string serviceUrl, int users)
{
    private const string BotMention = "<at>MeetingBot</at>";
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }; // '<at>' as Teams sends it

    public static string ConversationId(int worker) => $"19:conv-{worker}@thread.tacv2";

    /// <summary>Writes the activity into <paramref name="buffer"/> (cleared first).</summary>
    public void Write(ArrayBufferWriter<byte> buffer, string activityId, int worker, long sequence)
    {
        buffer.ResetWrittenCount();
        var user = (int)((worker + sequence) % users);
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        json.WriteStartObject();
        json.WriteString("type", "message");
        json.WriteString("id", activityId);
        json.WriteString("timestamp", DateTimeOffset.UtcNow);
        json.WriteString("serviceUrl", serviceUrl);
        json.WriteString("channelId", "msteams");
        json.WriteStartObject("from");
        json.WriteString("id", $"29:user-{user}");
        json.WriteString("name", $"Member {user}");
        json.WriteEndObject();
        json.WriteStartObject("recipient");
        json.WriteString("id", "28:bot");
        json.WriteString("name", "MeetingBot");
        json.WriteEndObject();
        json.WriteStartObject("conversation");
        json.WriteString("id", ConversationId(worker));
        json.WriteString("conversationType", "channel");
        json.WriteBoolean("isGroup", true);
        json.WriteString("tenantId", "t1");
        json.WriteEndObject();
        json.WriteStartObject("channelData");
        json.WriteStartObject("tenant");
        json.WriteString("id", "t1");
        json.WriteEndObject();
        json.WriteStartObject("team");
        json.WriteString("id", "19:team@thread.tacv2");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("text", $"{BotMention} help");
        json.WriteStartArray("entities");
        json.WriteStartObject();
        json.WriteString("type", "mention");
        json.WriteString("text", BotMention);
        json.WriteStartObject("mentioned");
        json.WriteString("id", "28:bot");
        json.WriteString("name", "MeetingBot");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
